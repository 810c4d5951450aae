-- Channels beyond e-mail and the inbox: Telegram chats linked through the bot's one-time deep link, and the gate that
-- keeps talk-page edits at most one a second for the whole service.

-- A participant's linked Telegram chat. Personal: chat_id is a Telegram user's private chat (deleted on erasure).
-- The bot being blocked (403) keeps the row but disables it, so the person sees why the channel went quiet and
-- linking again turns it back on.
create table telegram_link (
    participant_id  uuid        primary key,
    chat_id         bigint      not null,
    linked_at       timestamptz not null,
    disabled_at     timestamptz,
    disabled_reason varchar(64)
);

-- The one-time tokens of pending deep links (t.me/<bot>?start=<token>): only the SHA-256 of the token is kept, and a
-- token is deleted when it is used, when a newer one is asked for, and on erasure.
create table telegram_link_token (
    token_hash     varchar(64) primary key,
    participant_id uuid        not null,
    created_at     timestamptz not null,
    expires_at     timestamptz not null
);
create index telegram_link_token_participant on telegram_link_token (participant_id);

-- The next moment a talk-page edit may go, one row for all replicas: each edit reserves its slot with one UPDATE,
-- so the bot account never edits faster than the configured interval however many replicas send.
create table talk_page_edit_gate (
    id      integer     primary key check (id = 1),
    next_at timestamptz not null
);
insert into talk_page_edit_gate (id, next_at) values (1, '1970-01-01T00:00:00Z');
