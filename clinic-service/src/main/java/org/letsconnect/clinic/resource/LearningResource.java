package org.letsconnect.clinic.resource;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** A recording, slides, a summary or another resource of a session, in one language. */
@Entity
@Table(name = "space_resource")
public class LearningResource extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "space_id")
    public UUID spaceId;
    public String kind;
    public String language;
    public String url;
    public String title;
    /** The Wikimedia central user id of who added it. */
    @Column(name = "added_by")
    public String addedBy;
    @Column(name = "published_at")
    public Instant publishedAt;
}
