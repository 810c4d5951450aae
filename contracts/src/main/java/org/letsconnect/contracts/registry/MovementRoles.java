package org.letsconnect.contracts.registry;

import java.util.List;

/** The registration form's six movement roles, as codes. */
public final class MovementRoles {
    public static final String PAID_AFFILIATE_STAFF = "paid-affiliate-staff";
    public static final String VOLUNTEER_AFFILIATE_STAFF = "volunteer-affiliate-staff";
    public static final String VOLUNTEER_ORGANIZER = "volunteer-organizer";
    public static final String EXECUTIVE_DIRECTOR = "executive-director";
    public static final String BOARD_MEMBER = "board-member";
    public static final String INDIVIDUAL_EDITOR = "individual-editor";
    public static final List<String> ALL = List.of(PAID_AFFILIATE_STAFF, VOLUNTEER_AFFILIATE_STAFF,
            VOLUNTEER_ORGANIZER, EXECUTIVE_DIRECTOR, BOARD_MEMBER, INDIVIDUAL_EDITOR);

    private MovementRoles() {
    }
}
