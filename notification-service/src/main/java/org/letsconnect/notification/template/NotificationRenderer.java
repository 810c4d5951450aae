package org.letsconnect.notification.template;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.letsconnect.notification.notification.Notification;
import org.letsconnect.notification.recipient.Addressee;
import org.letsconnect.notification.recipient.Recipient;
import org.letsconnect.notification.recipient.RecipientKind;
import org.letsconnect.notification.rule.Templates;
import org.letsconnect.notification.space.KnownResource;
import org.letsconnect.notification.space.KnownSpace;
import org.letsconnect.platform.i18n.Direction;
import org.letsconnect.platform.i18n.LanguageFallbacks;
import org.letsconnect.platform.i18n.Messages;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.smallrye.mutiny.Uni;

/**
 * Puts a notification into words for the person it goes to, at the moment it goes: in their language (along its
 * fallback chain: a missing translation never fails a delivery), times in their zone, the space as it is now (a
 * reschedule or a new meeting link shows). Texts come from the {@code i18n/notification} message files, the layout
 * from the Qute templates in {@code templates/mail}; every value the templates show is escaped there.
 */
@ApplicationScoped
public class NotificationRenderer {

    private final Messages messages;
    private final SkillNames skills;
    private final org.letsconnect.notification.unsubscribe.UnsubscribeLinks unsubscribe;
    private final Template html;
    private final Template text;
    private final Template summary;
    private final String frontendUrl;
    private final String organizerAddress;
    private final Clock clock;

    public NotificationRenderer(Messages messages, SkillNames skills,
            org.letsconnect.notification.unsubscribe.UnsubscribeLinks unsubscribe,
            @Location("mail/notification.html") Template html, @Location("mail/notification.txt") Template text,
            @Location("mail/summary.txt") Template summary,
            @ConfigProperty(name = "letsconnect.notification.frontend-url") String frontendUrl,
            @ConfigProperty(name = "letsconnect.notification.organizer-address") String organizerAddress, Clock clock) {
        this.messages = messages;
        this.skills = skills;
        this.unsubscribe = unsubscribe;
        this.html = html;
        this.text = text;
        this.summary = summary;
        this.frontendUrl = frontendUrl;
        this.organizerAddress = organizerAddress;
        this.clock = clock;
    }

    /** The message for every channel; an invitation only for templates that carry one, and only with an address. */
    @WithSession
    public Uni<RenderedMessage> render(Notification notification, Addressee addressee) {
        Uni<KnownSpace> space = notification.spaceId == null ? Uni.createFrom().nullItem()
                : KnownSpace.findById(notification.spaceId);
        return space.flatMap(found -> resources(notification, found)
                .flatMap(resources -> name(notification, "otherId").flatMap(other -> name(notification, "nextId")
                        .map(next -> compose(notification, addressee, new Facts(found, resources, other, next))))));
    }

    /**
     * What the texts draw on besides the notification: the space, its resources, the other person of a 1:1 and the
     * next person who could help after a decline or an expiry.
     */
    record Facts(KnownSpace space, List<KnownResource> resources, String otherName, String nextName) {
    }

    private Uni<List<KnownResource>> resources(Notification notification, KnownSpace space) {
        if (space == null || !Templates.FOLLOW_UP.equals(notification.template)) {
            return Uni.createFrom().item(List.of());
        }
        return KnownResource.list("spaceId = ?1 order by publishedAt", space.spaceId);
    }

    /** The name of the participant whose id the parameter holds, or null. */
    private Uni<String> name(Notification notification, String param) {
        Object other = notification.params.get(param);
        if (other == null) {
            return Uni.createFrom().nullItem();
        }
        UUID id;
        try {
            id = UUID.fromString(other.toString());
        } catch (IllegalArgumentException e) {
            return Uni.createFrom().nullItem();
        }
        return Recipient.<Recipient> findById(id).map(recipient -> recipient == null ? null
                : recipient.displayName != null ? recipient.displayName : recipient.username);
    }

    RenderedMessage compose(Notification notification, Addressee addressee, Facts facts) {
        String language = documentLanguage(notification.template, addressee.language());
        Words words = new Words(messages, addressee.language(), new ReaderTime(language, addressee.timeZone()));
        Content content = content(notification, addressee, facts, words);
        boolean guest = addressee.kind() == RecipientKind.GUEST;
        String category = words.get("notification-category-" + notification.category);
        Direction direction = Direction.of(language);
        String name = addressee.name();
        MailView view = new MailView(language, direction.htmlValue(), direction.isRtl() ? "right" : "left",
                content.subject, name == null || name.isBlank() ? words.get("notification-greeting-anonymous")
                        : words.get("notification-greeting", name),
                content.paragraphs, content.links, content.action,
                guest ? words.get("notification-footer-guest") : words.get("notification-footer-participant", category),
                words.get("notification-unsubscribe", category),
                unsubscribe.oneClickUrl(addressee.kind(), addressee.recipientId(), notification.category),
                words.get("notification-preferences"), guest ? null : frontendUrl + "/settings/notifications");
        return new RenderedMessage(language, direction.htmlValue(), content.subject,
                text.data("view", view).render(), html.data("view", view).render(), content.invitation,
                summary.data("view", view).render().strip());
    }

    /** The first language of the reader's chain that has this template: the mail's {@code lang}. */
    private String documentLanguage(String template, String language) {
        for (String candidate : LanguageFallbacks.chain(language)) {
            if (messages.raw(candidate, "notification-" + template + "-subject").isPresent()) {
                return candidate;
            }
        }
        return LanguageFallbacks.DEFAULT;
    }

    /** The texts of one notification. */
    static final class Content {
        String subject;
        final List<String> paragraphs = new ArrayList<>();
        final List<MailView.Link> links = new ArrayList<>();
        MailView.Link action;
        RenderedMessage.Invitation invitation;
    }

    private Content content(Notification notification, Addressee addressee, Facts facts, Words words) {
        Map<String, Object> params = notification.params;
        String template = notification.template;
        String key = "notification-" + template;
        Content content = new Content();
        KnownSpace space = facts.space();
        String spaceUrl = space == null ? frontendUrl : frontendUrl + "/clinics/" + space.spaceId;
        String title = space == null ? words.get("notification-unknown-session") : title(space, words.language);
        String when = space == null || space.startsAt == null ? "" : words.time.dateTime(space.startsAt);
        switch (template) {
            case Templates.CLINIC_OUTREACH -> {
                content.subject = words.get(key + "-subject", format(space, words), title);
                content.paragraphs.add(words.get(key + "-body", title, when, languageName(space, words)));
                content.action = new MailView.Link(words.get(key + "-action"), spaceUrl);
            }
            case Templates.REGISTRATION_CONFIRMED, Templates.REGISTRATION_PROMOTED -> {
                content.subject = words.get(key + "-subject", title);
                content.paragraphs.add(words.get(key + "-body", title, when));
                invite(content, notification, addressee, space, title, words, true);
                content.action = new MailView.Link(words.get("notification-see-session"), spaceUrl);
            }
            case Templates.REGISTRATION_WAITLISTED -> {
                content.subject = words.get(key + "-subject", title);
                content.paragraphs.add(words.get(key + "-body", title, when, params.getOrDefault("position", "")));
                content.action = new MailView.Link(words.get("notification-see-session"), spaceUrl);
            }
            case Templates.REGISTRATION_CANCELLED -> {
                content.subject = words.get(key + "-subject", title);
                content.paragraphs.add(words.get(key + "-body", title, when));
                cancelInvitation(content, notification, addressee, space, title, words);
            }
            case Templates.SPACE_RESCHEDULED -> {
                content.subject = words.get(key + "-subject", title);
                content.paragraphs.add(words.get(key + "-body", title, when));
                if (Boolean.TRUE.equals(params.get("invite"))) {
                    invite(content, notification, addressee, space, title, words, false);
                }
                content.action = new MailView.Link(words.get("notification-see-session"), spaceUrl);
            }
            case Templates.SPACE_CANCELLED -> {
                content.subject = words.get(key + "-subject", title);
                content.paragraphs.add(words.get(key + "-body", title, when));
                if (params.get("reason") != null) {
                    content.paragraphs.add(words.get(key + "-reason", params.get("reason")));
                }
                cancelInvitation(content, notification, addressee, space, title, words);
            }
            case Templates.REMINDER_WEEK, Templates.REMINDER_DAY, Templates.REMINDER_HOUR -> {
                content.subject = words.get(key + "-subject", title);
                content.paragraphs.add(words.get(key + "-body", title, when));
                String link = space == null ? null : webLink(space.meetingLink);
                if (link != null) {
                    content.paragraphs.add(words.get("notification-reminder-join-text"));
                    content.action = new MailView.Link(words.get("notification-reminder-join"), link);
                } else {
                    content.paragraphs.add(words.get("notification-reminder-no-link"));
                    content.action = new MailView.Link(words.get("notification-see-session"), spaceUrl);
                }
            }
            case Templates.FOLLOW_UP -> {
                content.subject = words.get(key + "-subject", title);
                content.paragraphs.add(words.get(key + "-body", title));
                List<KnownResource> chosen = ResourceChoice.forReader(facts.resources(), words.language);
                if (chosen.isEmpty()) {
                    content.paragraphs.add(words.get(key + "-no-resources"));
                } else {
                    content.paragraphs.add(words.get(key + "-resources", chosen.size()));
                    for (KnownResource resource : chosen) {
                        String link = webLink(resource.url);
                        if (link != null) {
                            content.links.add(new MailView.Link(words.get("notification-resource-link",
                                    words.get("notification-resource-kind-" + resource.kind),
                                    resource.title == null ? "" : resource.title), link));
                        }
                    }
                }
                content.paragraphs.add(words.get(key + "-feedback"));
                content.action = new MailView.Link(words.get(key + "-action"), spaceUrl + "/feedback");
            }
            case Templates.BADGE_AWARDED -> {
                String badge = badgeName(String.valueOf(params.get("badge")), words);
                content.subject = words.get(key + "-subject", badge);
                content.paragraphs.add(words.get(key + "-body", badge));
                if (space != null) {
                    content.paragraphs.add(words.get(key + "-space", title));
                }
                content.action = new MailView.Link(words.get(key + "-action"), frontendUrl + "/me");
            }
            case Templates.MILESTONE_DUE, Templates.MILESTONE_OVERDUE -> {
                String milestone = words.get("notification-milestone-" + params.get("milestone"));
                String dueOn = words.time.date(LocalDate.parse(String.valueOf(params.get("dueOn"))));
                content.subject = words.get(key + "-subject", milestone, title);
                content.paragraphs.add(words.get(key + "-body", milestone, title, dueOn));
                content.action = new MailView.Link(words.get("notification-see-session"), spaceUrl);
            }
            default -> connection(content, notification, facts, words, key);
        }
        return content;
    }

    private void connection(Content content, Notification notification, Facts facts, Words words, String key) {
        Map<String, Object> params = notification.params;
        String other = facts.otherName() != null ? facts.otherName() : words.get("notification-someone");
        String skill = params.get("skill") == null ? "" : skills.label(params.get("skill").toString(), words.language);
        String connectionUrl = frontendUrl + "/connections/" + params.get("connectionId");
        switch (notification.template) {
            case Templates.CONNECTION_SCHEDULED -> {
                String when = words.time.dateTime(Instant.parse(String.valueOf(params.get("scheduledAt"))));
                content.subject = words.get(key + "-subject", skill);
                content.paragraphs.add(words.get(key + "-body", other, skill, when));
            }
            case Templates.CONNECTION_DECLINED, Templates.CONNECTION_EXPIRED -> {
                content.subject = words.get(key + "-subject", other);
                content.paragraphs.add(words.get(key + "-body", other, skill));
                if (facts.nextName() != null) {
                    content.paragraphs.add(words.get("notification-connection-next-candidate", facts.nextName(), skill));
                }
                content.action = new MailView.Link(words.get("notification-connection-declined-action"),
                        frontendUrl + "/suggestions?skill=" + params.get("skill"));
                return;
            }
            case Templates.CONNECTION_CANCELLED -> {
                content.subject = words.get(key + "-subject", skill);
                content.paragraphs.add(words.get(key + "-by-" + params.get("cancelledBy"), other, skill));
            }
            case Templates.CONNECTION_COMPLETED -> {
                content.subject = words.get(key + "-subject");
                content.paragraphs.add(words.get(key + "-body", other, skill));
                content.action = new MailView.Link(words.get(key + "-action"), connectionUrl + "/feedback");
                return;
            }
            case Templates.CONNECTION_REQUESTED, Templates.CONNECTION_NUDGE, Templates.CONNECTION_ACCEPTED,
                    Templates.CONNECTION_PROPOSED, Templates.CONNECTION_MATCHED -> {
                content.subject = words.get(key + "-subject", other);
                content.paragraphs.add(words.get(key + "-body", other, skill));
            }
            default -> throw new IllegalArgumentException("No texts for template " + notification.template);
        }
        content.action = new MailView.Link(words.get("notification-connection-action"), connectionUrl);
    }

    private void invite(Content content, Notification notification, Addressee addressee, KnownSpace space,
            String title, Words words, boolean first) {
        if (space == null || space.startsAt == null || space.endsAt == null || addressee.email() == null) {
            return;
        }
        content.paragraphs.add(words.get(first ? "notification-invitation-attached" : "notification-invitation-updated"));
        content.invitation = InvitationCalendar.request(event(space, addressee, title, words));
    }

    private void cancelInvitation(Content content, Notification notification, Addressee addressee, KnownSpace space,
            String title, Words words) {
        if (!Boolean.TRUE.equals(notification.params.get("invite")) || space == null || space.startsAt == null
                || space.endsAt == null || addressee.email() == null) {
            return;
        }
        content.paragraphs.add(words.get("notification-invitation-cancelled"));
        content.invitation = InvitationCalendar.cancel(event(space, addressee, title, words));
    }

    private InvitationCalendar.Event event(KnownSpace space, Addressee addressee, String title, Words words) {
        return new InvitationCalendar.Event(space.spaceId.toString(), space.sequence, space.startsAt, space.endsAt,
                title, frontendUrl + "/clinics/" + space.spaceId, webLink(space.meetingLink), organizerAddress,
                words.get("notification-organizer-name"), addressee.email(), addressee.name(), clock.instant());
    }

    /** The space's title in the reader's language, else along the chain, else in its session language. */
    private static String title(KnownSpace space, String language) {
        for (String candidate : LanguageFallbacks.chain(language)) {
            String title = space.titles.get(candidate);
            if (title != null) {
                return title;
            }
        }
        String inSessionLanguage = space.titles.get(space.sessionLanguage);
        if (inSessionLanguage != null) {
            return inSessionLanguage;
        }
        return space.titles.values().stream().findFirst().orElse("");
    }

    private static String format(KnownSpace space, Words words) {
        return words.get("notification-format-" + (space == null || space.format == null ? "other" : space.format));
    }

    private static String languageName(KnownSpace space, Words words) {
        List<String> names = new ArrayList<>();
        if (space != null) {
            for (String code : space.languages()) {
                names.add(org.letsconnect.platform.i18n.LanguageCode.toULocale(code)
                        .getDisplayLanguage(org.letsconnect.platform.i18n.LanguageCode.toULocale(words.language)));
            }
        }
        return com.ibm.icu.text.ListFormatter
                .getInstance(org.letsconnect.platform.i18n.LanguageCode.toULocale(words.language)).format(names);
    }

    /** Badge codes: {@code clinic-attendee}, {@code sharer}, {@code regular-<n>}. */
    private static String badgeName(String code, Words words) {
        if (code.startsWith("regular-")) {
            try {
                return words.get("notification-badge-regular", Integer.parseInt(code.substring("regular-".length())));
            } catch (NumberFormatException e) {
                return code;
            }
        }
        return words.messages.has("notification-badge-" + code) ? words.get("notification-badge-" + code) : code;
    }

    /** Only http(s) links become links in a mail. */
    private static String webLink(String url) {
        if (url == null) {
            return null;
        }
        String lower = url.trim().toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") ? url.trim() : null;
    }

    /** Messages and times for one reader. */
    static final class Words {
        final Messages messages;
        final String language;
        final ReaderTime time;

        Words(Messages messages, String language, ReaderTime time) {
            this.messages = messages;
            this.language = language;
            this.time = time;
        }

        String get(String key, Object... params) {
            return messages.get(language, key, params);
        }
    }
}
