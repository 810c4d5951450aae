package org.letsconnect.platform.testapp;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

@Entity
public class Note extends PanacheEntityBase {

    @Id
    public UUID id;
    public String subject;
    public String text;
}
