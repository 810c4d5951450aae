package org.letsconnect.notification.inbox;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.letsconnect.notification.notification.Channel;
import org.letsconnect.notification.notification.Delivery;
import org.letsconnect.notification.notification.Notification;
import org.letsconnect.notification.recipient.Addressee;
import org.letsconnect.notification.recipient.Recipient;
import org.letsconnect.notification.recipient.RecipientKind;
import org.letsconnect.notification.template.NotificationRenderer;
import org.letsconnect.platform.paging.PageNumbers;
import org.letsconnect.platform.problem.ProblemException;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;

/**
 * The in-app inbox: a participant's notifications whose in-app delivery was sent, put into words when read. Only
 * the owner sees them; an id that is someone else's answers as unknown, so ids reveal nothing.
 */
@ApplicationScoped
public class InboxService {

    /** The caller's notifications that reached the in-app inbox. */
    private static final String IN_INBOX = "n.recipientKind = :kind and n.recipientId = :recipient and exists ("
            + "select 1 from Delivery d where d.notificationId = n.id and d.channel = :channel and d.status = :sent)";

    private final NotificationRenderer renderer;
    private final Clock clock;

    public InboxService(NotificationRenderer renderer, Clock clock) {
        this.renderer = renderer;
        this.clock = clock;
    }

    /** One page of the caller's inbox, newest first; empty for someone whose profile has not arrived here yet. */
    @WithSession
    public Uni<InboxPage> page(String subject, PageNumbers.Page paging) {
        return recipient(subject).flatMap(recipient -> {
            if (recipient == null) {
                return Uni.createFrom().item(new InboxPage(List.of(), paging.page(), paging.size(), 0, 0));
            }
            Parameters params = inbox(recipient.participantId);
            return Notification
                    .<Notification> find("from Notification n where " + IN_INBOX + " order by n.createdAt desc, n.id desc",
                            params)
                    .page(paging.page(), paging.size()).list()
                    .flatMap(rows -> render(rows, Addressee.of(recipient)))
                    .flatMap(items -> Notification.count("from Notification n where " + IN_INBOX, params)
                            .flatMap(total -> Notification
                                    .count("from Notification n where n.readAt is null and " + IN_INBOX, params)
                                    .map(unread -> new InboxPage(items, paging.page(), paging.size(), total,
                                            unread))));
        });
    }

    /** Marks one of the caller's notifications read; 404 for an id that is not in their inbox. */
    @WithTransaction
    public Uni<Void> markRead(String subject, UUID id) {
        return recipient(subject).flatMap(recipient -> {
            if (recipient == null) {
                return Uni.createFrom().failure(notInInbox(id));
            }
            return Notification.<Notification> find("from Notification n where n.id = :id and " + IN_INBOX,
                    inbox(recipient.participantId).and("id", id)).firstResult()
                    .flatMap(notification -> {
                        if (notification == null) {
                            return Uni.createFrom().failure(notInInbox(id));
                        }
                        if (notification.readAt == null) {
                            notification.readAt = clock.instant();
                        }
                        return Uni.createFrom().voidItem();
                    });
        });
    }

    /** Marks every unread notification of the caller's inbox read; answers how many were unread. */
    @WithTransaction
    public Uni<Integer> markAllRead(String subject) {
        return recipient(subject).flatMap(recipient -> recipient == null ? Uni.createFrom().item(0)
                : Notification.update("update Notification n set n.readAt = :now where n.readAt is null and " + IN_INBOX,
                        inbox(recipient.participantId).and("now", clock.instant())));
    }

    private Uni<List<InboxItem>> render(List<Notification> rows, Addressee addressee) {
        Uni<List<InboxItem>> chain = Uni.createFrom().item(new ArrayList<>());
        for (Notification row : rows) {
            chain = chain.flatMap(items -> renderer.render(row, addressee).map(message -> {
                items.add(new InboxItem(row.id, row.category, row.template, message.subject(), message.summary(),
                        row.spaceId, row.createdAt, row.readAt != null));
                return items;
            }));
        }
        return chain;
    }

    private static Parameters inbox(UUID participantId) {
        return Parameters.with("kind", RecipientKind.PARTICIPANT.code()).and("recipient", participantId)
                .and("channel", Channel.IN_APP).and("sent", Delivery.SENT);
    }

    private static Uni<Recipient> recipient(String subject) {
        return Recipient.<Recipient> find("subject", subject).firstResult();
    }

    private static ProblemException notInInbox(UUID id) {
        return ProblemException.notFound("notification-inbox-unknown", id.toString());
    }
}
