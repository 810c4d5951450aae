package org.letsconnect.notification.preference;

import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.letsconnect.notification.notification.Category;
import org.letsconnect.notification.notification.Channel;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** A participant's stored preferences; without a row, {@link #defaults(UUID)} apply. */
@Entity
@Table(name = "notification_preference")
public class NotificationPreference extends PanacheEntityBase {

    /** The channels every category is on for someone who chose nothing: the ones that need no linking. */
    static final List<String> DEFAULT_CHANNELS = List.of(Channel.EMAIL, Channel.IN_APP);

    @Id
    @Column(name = "participant_id")
    public UUID participantId;

    /** Category → the channels it is on, in {@link Channel#ALL} order. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, List<String>> channels = new LinkedHashMap<>();

    public String digest = Digest.INSTANT.code();

    @Column(name = "quiet_start")
    public LocalTime quietStart;

    @Column(name = "quiet_end")
    public LocalTime quietEnd;

    /** An IANA zone the person chose for their quiet hours and digest; null: their profile's zone. */
    @Column(name = "time_zone")
    public String timeZone;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** What applies to a participant who stored nothing (not persisted). */
    static NotificationPreference defaults(UUID participantId) {
        NotificationPreference preference = new NotificationPreference();
        preference.participantId = participantId;
        for (String category : Category.ALL) {
            preference.channels.put(category, DEFAULT_CHANNELS);
        }
        return preference;
    }

    /** The channels the person has a category on (the defaults for a category they never chose about). */
    List<String> channelsFor(String category) {
        List<String> chosen = channels.get(category);
        return chosen != null ? chosen : DEFAULT_CHANNELS;
    }

    /** Turns a category off on every channel. */
    void turnOff(String category) {
        channels.put(category, new ArrayList<>());
    }

    Digest digestOrInstant() {
        Digest chosen = Digest.of(digest);
        return chosen != null ? chosen : Digest.INSTANT;
    }

    QuietHours quietHours() {
        return quietStart == null || quietEnd == null || quietStart.equals(quietEnd) ? null
                : new QuietHours(quietStart, quietEnd);
    }
}
