package org.letsconnect.notification.preference;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.letsconnect.notification.notification.Channel;
import org.letsconnect.notification.recipient.Recipient;
import org.letsconnect.notification.recipient.RecipientKind;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * What the planner and the delivery worker ask of a person's preferences: the channels they want a category on,
 * when a delivery may go out, and turning a channel off after a permanent failure. Guests have no preferences: e-mail
 * unless they unsubscribed. Runs in the caller's session and transaction when there is one.
 */
@ApplicationScoped
public class NotificationPreferences {

    private static final ZoneId UTC = ZoneId.of("UTC");

    /**
     * The channels to deliver a notification of the category to, in {@link Channel#ALL} order, possibly none: the
     * ones the person has it on, minus the ones turned off after a failure.
     */
    @WithSession
    public Uni<List<String>> channels(RecipientKind kind, UUID recipientId, String category) {
        Uni<List<String>> wanted = switch (kind) {
            case PARTICIPANT -> NotificationPreference.<NotificationPreference> findById(recipientId)
                    .map(stored -> (stored != null ? stored : NotificationPreference.defaults(recipientId))
                            .channelsFor(category));
            case GUEST -> GuestUnsubscribe.count("registrationId = ?1 and category in ?2", recipientId,
                    List.of(category, GuestUnsubscribe.ALL))
                    .map(unsubscribed -> unsubscribed > 0 ? List.<String> of() : List.of(Channel.EMAIL));
        };
        return wanted.flatMap(channels -> channels.isEmpty() ? Uni.createFrom().item(channels)
                : turnedOff(kind, recipientId).map(off -> {
                    List<String> open = new ArrayList<>();
                    for (String channel : Channel.ALL) {
                        if (channels.contains(channel) && !off.contains(channel)) {
                            open.add(channel);
                        }
                    }
                    return open;
                }));
    }

    /**
     * When a delivery due at {@code dueAt} may go out: later inside the person's quiet hours (in their zone) or for a
     * digest; never earlier. Urgent ones (cancellations, 1-hour reminders) pass through.
     */
    @WithSession
    public Uni<Instant> releaseAt(RecipientKind kind, UUID recipientId, String category, Instant dueAt,
            boolean urgent) {
        if (urgent || kind != RecipientKind.PARTICIPANT) {
            return Uni.createFrom().item(dueAt);
        }
        return rule(recipientId).map(rule -> rule.releaseAt(category, dueAt, false));
    }

    /** The person's release rule (digest, quiet hours, zone); guests have none: {@link ReleaseRule#AT_ONCE}. */
    @WithSession
    public Uni<ReleaseRule> releaseRule(RecipientKind kind, UUID recipientId) {
        return kind != RecipientKind.PARTICIPANT ? Uni.createFrom().item(ReleaseRule.AT_ONCE) : rule(recipientId);
    }

    /**
     * Turns a channel off for a person after a permanent failure (unknown address, blocked bot, no such user); the
     * time is the database's, when it records the failure.
     */
    @WithTransaction
    public Uni<Void> turnOff(RecipientKind kind, UUID recipientId, String channel, String reason) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                insert into channel_turn_off (recipient_kind, recipient_id, channel, reason, turned_off_at)
                values (:kind, :id, :channel, :reason, now())
                on conflict (recipient_kind, recipient_id, channel)
                do update set reason = excluded.reason, turned_off_at = excluded.turned_off_at""")
                .setParameter("kind", kind.code())
                .setParameter("id", recipientId)
                .setParameter("channel", channel)
                .setParameter("reason", reason == null ? "unknown" : reason)
                .executeUpdate()).replaceWithVoid();
    }

    /** The participant's release rule: their digest and quiet hours in their chosen zone, else their profile's. */
    Uni<ReleaseRule> rule(UUID participantId) {
        return NotificationPreference.<NotificationPreference> findById(participantId).flatMap(stored -> {
            if (stored == null || (stored.digestOrInstant() == Digest.INSTANT && stored.quietHours() == null)) {
                return Uni.createFrom().item(ReleaseRule.AT_ONCE);
            }
            Uni<String> zone = stored.timeZone != null ? Uni.createFrom().item(stored.timeZone)
                    : Recipient.<Recipient> findById(participantId)
                            .map(recipient -> recipient == null ? null : recipient.timeZone);
            return zone.map(name -> new ReleaseRule(zone(name), stored.digestOrInstant(), stored.quietHours()));
        });
    }

    /** The channels turned off for a person. */
    Uni<Set<String>> turnedOff(RecipientKind kind, UUID recipientId) {
        return ChannelTurnOff.<ChannelTurnOff> list("recipientKind = ?1 and recipientId = ?2", kind.code(), recipientId)
                .map(rows -> rows.stream().map(row -> row.channel).collect(Collectors.toSet()));
    }

    static ZoneId zone(String name) {
        try {
            return name == null ? UTC : ZoneId.of(name);
        } catch (DateTimeException e) {
            return UTC;
        }
    }
}
