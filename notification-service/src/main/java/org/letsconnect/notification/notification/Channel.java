package org.letsconnect.notification.notification;

import java.util.List;

/** Where a notification is delivered. */
public final class Channel {
    public static final String EMAIL = "email";
    public static final String IN_APP = "in-app";
    public static final String TELEGRAM = "telegram";
    public static final String TALK_PAGE = "talk-page";
    public static final List<String> ALL = List.of(EMAIL, IN_APP, TELEGRAM, TALK_PAGE);

    private Channel() {
    }
}
