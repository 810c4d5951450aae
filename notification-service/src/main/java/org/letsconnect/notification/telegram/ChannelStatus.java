package org.letsconnect.notification.telegram;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One channel as its owner sees it. Never carries an address or a chat id.
 *
 * @param available whether this deployment can deliver on the channel at all
 * @param linked whether notifications can reach the caller there (an address, a linked chat, a username)
 * @param linkedAt when Telegram was linked
 * @param disabledReason why a linked Telegram chat is turned off ({@code blocked} …); linking again turns it on
 * @param page the talk page the talk-page channel posts on
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChannelStatus(String channel, boolean available, boolean linked, Instant linkedAt,
        String disabledReason, String page) {
}
