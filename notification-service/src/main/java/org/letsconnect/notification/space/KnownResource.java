package org.letsconnect.notification.space;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** A resource (recording, slides, summary) published for a space, in one language. */
@Entity
@Table(name = "known_resource")
public class KnownResource extends PanacheEntityBase {

    @Id
    @Column(name = "resource_id")
    public UUID resourceId;

    @Column(name = "space_id")
    public UUID spaceId;

    public String kind;
    public String language;
    public String url;
    public String title;

    @Column(name = "published_at")
    public Instant publishedAt;
}
