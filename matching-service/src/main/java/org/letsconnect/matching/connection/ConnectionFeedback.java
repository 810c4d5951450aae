package org.letsconnect.matching.connection;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** What one side said of a completed connection; each side says it once. The comment never leaves the service. */
@Entity
@Table(name = "connection_feedback")
@IdClass(ConnectionFeedback.Key.class)
public class ConnectionFeedback extends PanacheEntityBase {

    @Id
    @Column(name = "connection_id")
    public UUID connectionId;
    /** {@link Connection#LEARNER} or {@link Connection#SHARER}. */
    @Id
    public String author;
    public boolean helped;
    public short rating;
    public String comment;
    @Column(name = "submitted_at")
    public Instant submittedAt;

    /** The primary key: one feedback per connection and side. */
    public static class Key implements Serializable {
        public UUID connectionId;
        public String author;

        public Key() {
        }

        public Key(UUID connectionId, String author) {
            this.connectionId = connectionId;
            this.author = author;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(connectionId, key.connectionId)
                    && Objects.equals(author, key.author);
        }

        @Override
        public int hashCode() {
            return Objects.hash(connectionId, author);
        }
    }
}
