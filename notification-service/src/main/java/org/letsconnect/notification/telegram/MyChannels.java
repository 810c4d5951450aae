package org.letsconnect.notification.telegram;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.letsconnect.notification.notification.Channel;
import org.letsconnect.notification.recipient.Recipient;
import org.letsconnect.notification.talkpage.TalkPageClient;
import org.letsconnect.platform.problem.ProblemException;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/** Where a participant can be reached, as they see it themselves. */
@ApplicationScoped
public class MyChannels {

    /** The body of {@code GET /api/v1/me/channels}. */
    public record ChannelList(List<ChannelStatus> channels) {
    }

    private final TelegramLinking telegram;
    private final TalkPageClient talkPage;

    public MyChannels(TelegramLinking telegram, TalkPageClient talkPage) {
        this.telegram = telegram;
        this.talkPage = talkPage;
    }

    /** The channels of the participant signed in as {@code subject}; 404 when they are not known here (yet). */
    @WithSession
    public Uni<ChannelList> of(String subject) {
        return recipient(subject).flatMap(recipient -> TelegramLink.<TelegramLink> findById(recipient.participantId)
                .map(link -> new ChannelList(List.of(
                        new ChannelStatus(Channel.EMAIL, true, recipient.email != null, null, null, null),
                        new ChannelStatus(Channel.IN_APP, true, true, null, null, null),
                        new ChannelStatus(Channel.TELEGRAM, telegram.available(), link != null,
                                link == null ? null : link.linkedAt, link == null ? null : link.disabledReason, null),
                        new ChannelStatus(Channel.TALK_PAGE, talkPage.enabled(), recipient.username != null, null,
                                null, recipient.username == null ? null : "User_talk:" + recipient.username)))));
    }

    /** The participant signed in as {@code subject}, or a 404 problem. */
    @WithSession
    public Uni<Recipient> recipient(String subject) {
        return Recipient.<Recipient> find("subject", subject).firstResult()
                .onItem().ifNull().failWith(() -> ProblemException.notFound("notification-channel-not-registered"));
    }
}
