-- What each person wants: preferences (participants), channels the service turned off after a permanent failure
-- (participants and guests), and guests' one-click unsubscribes.

-- A participant's preferences, the whole document of PUT /api/v1/me/preferences. No row: the defaults (e-mail and
-- in-app for every category, instant, no quiet hours, the recipient's zone). Deleted on erasure.
create table notification_preference (
    participant_id uuid        primary key,
    channels       jsonb       not null default '{}', -- category -> the channels it is on (every category is there)
    digest         varchar(16) not null default 'instant', -- instant | daily | weekly
    quiet_start    time,                                  -- local time in the zone below; null: no quiet hours
    quiet_end      time,                                  -- may be before quiet_start (over midnight)
    time_zone      varchar(64),                           -- IANA zone; null: the recipient's zone
    updated_at     timestamptz not null
);

-- A channel turned off for a person after a permanent failure (unknown address, blocked bot, no such user); it stays
-- off until a participant turns it on again with PUT /api/v1/me/preferences. Deleted on erasure.
create table channel_turn_off (
    recipient_kind varchar(16) not null, -- participant | guest
    recipient_id   uuid        not null, -- participant id, or registration id for a guest
    channel        varchar(16) not null,
    reason         varchar(64) not null,
    turned_off_at  timestamptz not null,
    primary key (recipient_kind, recipient_id, channel)
);

-- A guest's one-click unsubscribe, per registration (guests have no preferences): a category, or 'all'.
create table guest_unsubscribe (
    registration_id  uuid        not null,
    category         varchar(32) not null,
    unsubscribed_at  timestamptz not null,
    primary key (registration_id, category)
);
