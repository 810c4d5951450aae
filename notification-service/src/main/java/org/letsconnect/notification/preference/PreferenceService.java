package org.letsconnect.notification.preference;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.letsconnect.notification.digest.Digests;
import org.letsconnect.notification.notification.Category;
import org.letsconnect.notification.notification.Channel;
import org.letsconnect.notification.recipient.Guest;
import org.letsconnect.notification.recipient.Recipient;
import org.letsconnect.notification.recipient.RecipientKind;
import org.letsconnect.platform.problem.ProblemException;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** Reads and replaces a participant's preferences, and applies one-click unsubscribes. */
@ApplicationScoped
public class PreferenceService {

    private final Clock clock;
    private final Digests digests;

    public PreferenceService(Clock clock, Digests digests) {
        this.clock = clock;
        this.digests = digests;
    }

    /** The preferences in force for the signed-in participant; 404 when their profile has not arrived here. */
    @WithSession
    public Uni<PreferencesView> mine(String subject) {
        return recipient(subject).flatMap(recipient -> NotificationPreference
                .<NotificationPreference> findById(recipient.participantId)
                .flatMap(stored -> view(recipient, stored)));
    }

    /**
     * Replaces the participant's preferences with the document; a channel turned off after a failure is turned on
     * again when the document names it on in any category. What is held for a digest that has not gone out yet is
     * given back to the delivery worker, which holds it again under the new preferences (or sends it at once).
     */
    @WithTransaction
    public Uni<PreferencesView> replace(String subject, PreferencesRequest request) {
        return Uni.createFrom().item(request).invoke(PreferencesValidator::check).flatMap(checked -> recipient(subject))
                .flatMap(recipient -> NotificationPreference
                        .<NotificationPreference> findById(recipient.participantId)
                        .flatMap(stored -> {
                            NotificationPreference row = stored != null ? stored : new NotificationPreference();
                            row.participantId = recipient.participantId;
                            copy(request, row);
                            return row.persist().replaceWith(row);
                        })
                        .call(row -> ChannelTurnOff.delete("recipientKind = ?1 and recipientId = ?2 and channel in ?3",
                                RecipientKind.PARTICIPANT.code(), recipient.participantId, turnedOn(request)))
                        .call(row -> digests.release(recipient.participantId, clock.instant()))
                        .flatMap(row -> view(recipient, row)));
    }

    /**
     * Turns a category ({@link GuestUnsubscribe#ALL}: every category) off on every channel for a participant or a
     * guest; a person no longer known here has nothing to turn off.
     */
    @WithTransaction
    public Uni<Void> unsubscribe(RecipientKind kind, UUID recipientId, String category) {
        List<String> categories = GuestUnsubscribe.ALL.equals(category) ? Category.ALL : List.of(category);
        return switch (kind) {
            case PARTICIPANT -> Recipient.<Recipient> findById(recipientId).flatMap(recipient -> recipient == null
                    ? Uni.createFrom().voidItem()
                    : NotificationPreference.<NotificationPreference> findById(recipientId).flatMap(stored -> {
                        NotificationPreference row = stored != null ? stored
                                : NotificationPreference.defaults(recipientId);
                        row.channels = new LinkedHashMap<>(row.channels);
                        categories.forEach(row::turnOff);
                        row.updatedAt = clock.instant();
                        return row.persist().replaceWithVoid();
                    }));
            case GUEST -> Guest.<Guest> findById(recipientId).flatMap(guest -> guest == null
                    ? Uni.createFrom().voidItem()
                    : GuestUnsubscribe.<GuestUnsubscribe> findById(new GuestUnsubscribe.Key(recipientId, category))
                            .flatMap(existing -> {
                                if (existing != null) {
                                    return Uni.createFrom().voidItem();
                                }
                                GuestUnsubscribe row = new GuestUnsubscribe();
                                row.registrationId = recipientId;
                                row.category = category;
                                row.unsubscribedAt = clock.instant();
                                return row.persist().replaceWithVoid();
                            }));
        };
    }

    private void copy(PreferencesRequest request, NotificationPreference row) {
        Map<String, List<String>> channels = new LinkedHashMap<>();
        Map<String, Map<String, Boolean>> chosen = request.categories() == null ? Map.of() : request.categories();
        for (String category : Category.ALL) {
            Map<String, Boolean> choice = chosen.getOrDefault(category, Map.of());
            List<String> on = new ArrayList<>();
            for (String channel : Channel.ALL) {
                Boolean value = choice.get(channel);
                if (value != null ? value : NotificationPreference.DEFAULT_CHANNELS.contains(channel)) {
                    on.add(channel);
                }
            }
            channels.put(category, on);
        }
        row.channels = channels;
        row.digest = request.digest() == null ? Digest.INSTANT.code() : request.digest();
        row.quietStart = request.quietHours() == null ? null
                : PreferencesValidator.parseTime(request.quietHours().start());
        row.quietEnd = request.quietHours() == null ? null : PreferencesValidator.parseTime(request.quietHours().end());
        row.timeZone = request.timeZone();
        row.updatedAt = clock.instant();
    }

    /** The channels the document names on in at least one category (never empty: HQL's {@code in} needs a value). */
    private static List<String> turnedOn(PreferencesRequest request) {
        List<String> on = new ArrayList<>();
        if (request.categories() != null) {
            for (Map<String, Boolean> choice : request.categories().values()) {
                choice.forEach((channel, value) -> {
                    if (Boolean.TRUE.equals(value) && !on.contains(channel)) {
                        on.add(channel);
                    }
                });
            }
        }
        return on.isEmpty() ? List.of("") : on;
    }

    private Uni<PreferencesView> view(Recipient recipient, NotificationPreference stored) {
        NotificationPreference preference = stored != null ? stored
                : NotificationPreference.defaults(recipient.participantId);
        return ChannelTurnOff.<ChannelTurnOff> list("recipientKind = ?1 and recipientId = ?2 order by channel",
                RecipientKind.PARTICIPANT.code(), recipient.participantId).map(off -> {
                    List<String> offChannels = off.stream().map(row -> row.channel).toList();
                    Map<String, Map<String, Boolean>> categories = new LinkedHashMap<>();
                    for (String category : Category.ALL) {
                        Map<String, Boolean> channels = new LinkedHashMap<>();
                        List<String> on = preference.channelsFor(category);
                        for (String channel : Channel.ALL) {
                            channels.put(channel, on.contains(channel) && !offChannels.contains(channel));
                        }
                        categories.put(category, channels);
                    }
                    QuietHours quiet = preference.quietHours();
                    return new PreferencesView(categories, preference.digestOrInstant().code(),
                            quiet == null ? null : new QuietHoursTimes(quiet.start().toString(), quiet.end().toString()),
                            preference.timeZone,
                            NotificationPreferences.zone(preference.timeZone != null ? preference.timeZone
                                    : recipient.timeZone).getId(),
                            off.stream().map(row -> new PreferencesView.TurnedOffChannel(row.channel, row.reason,
                                    row.turnedOffAt)).toList());
                });
    }

    private static Uni<Recipient> recipient(String subject) {
        return Recipient.<Recipient> find("subject", subject).firstResult()
                .onItem().ifNull().failWith(() -> ProblemException.notFound("notification-preferences-profile-unknown"));
    }
}
