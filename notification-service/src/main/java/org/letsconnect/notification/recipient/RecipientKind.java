package org.letsconnect.notification.recipient;

/** Who a notification is for: a participant (keyed by participant id) or a guest (keyed by registration id). */
public enum RecipientKind {
    PARTICIPANT("participant"),
    GUEST("guest");

    private final String code;

    RecipientKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static RecipientKind of(String code) {
        for (RecipientKind kind : values()) {
            if (kind.code.equals(code)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("No recipient kind " + code);
    }
}
