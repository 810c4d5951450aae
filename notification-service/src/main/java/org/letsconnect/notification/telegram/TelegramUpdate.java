package org.letsconnect.notification.telegram;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The part of a Bot API {@code Update} the webhook reads: a message (the {@code /start <token>} of a deep link) or a
 * change of the bot's membership in a private chat (blocked: {@code kicked}; unblocked: {@code member}).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TelegramUpdate(@JsonProperty("update_id") long updateId, Message message,
        @JsonProperty("my_chat_member") MemberUpdate myChatMember) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Message(Chat chat, User from, String text) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Chat(long id, String type) {

        boolean isPrivate() {
            return "private".equals(type);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record User(@JsonProperty("language_code") String languageCode) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record MemberUpdate(Chat chat, @JsonProperty("new_chat_member") Member newChatMember) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Member(String status) {
    }
}
