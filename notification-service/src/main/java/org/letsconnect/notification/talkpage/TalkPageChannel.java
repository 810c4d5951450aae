package org.letsconnect.notification.talkpage;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.letsconnect.notification.delivery.DeliveryChannel;
import org.letsconnect.notification.delivery.OutgoingMessage;
import org.letsconnect.notification.delivery.SendOutcome;
import org.letsconnect.notification.notification.Channel;
import org.letsconnect.notification.recipient.Recipient;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * The delivery worker's Meta-Wiki talk-page channel (opt-in): a new section on the participant's user talk page,
 * marked with the delivery id so a retry never posts twice. Refusals about the page or the person turn the channel
 * off; refusals about the bot account (blocked, no right) fail the delivery and leave the person's choice alone.
 */
@ApplicationScoped
public class TalkPageChannel implements DeliveryChannel {

    private static final Set<String> UNREACHABLE = Set.of("nosuchuser", "invalidtitle", "protectedpage",
            "cascadeprotected");

    private final TalkPageClient client;

    public TalkPageChannel(TalkPageClient client) {
        this.client = client;
    }

    @Override
    public String name() {
        return Channel.TALK_PAGE;
    }

    @Override
    public Uni<SendOutcome> send(OutgoingMessage out) {
        if (out.addressee().participantId() == null) {
            return Uni.createFrom().item(SendOutcome.unreachable("no-account"));
        }
        return Panache.withSession(() -> Recipient.<Recipient> findById(out.addressee().participantId()))
                .flatMap(recipient -> recipient == null || recipient.username == null
                        ? Uni.createFrom().item(SendOutcome.unreachable("nosuchuser"))
                        : client.post(out.deliveryId(), recipient.username, out.addressee().language(),
                                out.message().subject(), out.message().summary()).map(TalkPageChannel::outcome));
    }

    private static SendOutcome outcome(TalkPageOutcome outcome) {
        if (outcome instanceof TalkPageOutcome.Posted || outcome instanceof TalkPageOutcome.AlreadyPosted) {
            return SendOutcome.sent();
        }
        if (outcome instanceof TalkPageOutcome.RetryAfter retry) {
            return SendOutcome.temporary("maxlag", retry.delay());
        }
        if (outcome instanceof TalkPageOutcome.Permanent permanent) {
            return UNREACHABLE.contains(permanent.reason()) ? SendOutcome.unreachable(permanent.reason())
                    : SendOutcome.permanent(permanent.reason());
        }
        return SendOutcome.temporary(((TalkPageOutcome.Temporary) outcome).reason());
    }
}
