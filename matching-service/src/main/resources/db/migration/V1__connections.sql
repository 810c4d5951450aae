-- What matching-service owns: 1:1 connections and their feedback, the sharers' own state here (pauses, away,
-- responsiveness), batch rounds, and what it keeps of clinic's spaces (who shared and attended which, for follow-up).
-- Participants themselves live in memory (candidate index, rebuilt from registry.participants.v1), not here.

-- The sharer's row is the lock that enforces capacity: accepting a connection locks it (select … for update), counts
-- the sharer's active connections and only then changes state, so two accepts racing for the last place never both win.
create table sharer (
    participant_id   uuid primary key,
    -- new requests paused by the sharer until then (null: open); set from the accept / decline answer
    paused_until     timestamptz,
    -- set away after leaving requests unanswered too long; cleared when they answer again or reopen
    away_since       timestamptz,
    -- responsiveness: requests addressed, answered (accepted or declined), let expire
    requests_received integer    not null default 0,
    requests_answered integer    not null default 0,
    requests_expired  integer    not null default 0,
    -- requests let expire since the sharer last answered one: at the configured threshold they are set away
    unanswered_expiries integer  not null default 0,
    -- the median-ish answer time is not kept; the last answer tells suggestions whether the sharer is around
    last_answered_at timestamptz,
    updated_at       timestamptz not null
);

create table connection (
    id                uuid primary key,
    -- registry participant ids; sharer_id is null while an open request waits for a round or an organizer
    learner_id        uuid        not null,
    sharer_id         uuid,
    skill             text        not null,
    state             text        not null,
    -- the learner's message to the sharer: free text, removed on erasure
    message           text,
    -- how it came about: requested by the learner, proposed by a round or by an organizer, a Clinic's follow-up
    origin            text        not null,
    round_id          uuid,
    space_id          uuid,
    proposed_by       text,
    requested_at      timestamptz not null,
    -- an unanswered request expires then; nudges go before
    expires_at        timestamptz,
    nudged_at         timestamptz,
    answered_at       timestamptz,
    decline_reason    text,
    scheduled_at      timestamptz,
    schedule_zone     text,
    -- completion: the first side to confirm, and when; the other confirms within a time or it completes by timeout
    completion_confirmed_by text,
    completion_confirmed_at timestamptz,
    completed_at      timestamptz,
    cancelled_by      text,
    cancelled_at      timestamptz,
    cancel_reason     text,
    -- affiliate to affiliate: the organizations on each side and their liaisons (participant ids)
    learner_affiliate text,
    sharer_affiliate  text,
    learner_liaison   uuid,
    sharer_liaison    uuid,
    updated_at        timestamptz not null,
    version           integer     not null default 0,
    check (learner_id is distinct from sharer_id)
);
create index connection_learner on connection (learner_id, state);
create index connection_sharer on connection (sharer_id, state) where sharer_id is not null;
create index connection_expiry on connection (expires_at) where expires_at is not null;
create index connection_round on connection (round_id) where round_id is not null;
create index connection_space on connection (space_id) where space_id is not null;

create table connection_feedback (
    connection_id uuid        not null references connection (id) on delete cascade,
    -- learner or sharer
    author        text        not null,
    helped        boolean     not null,
    rating        smallint    not null check (rating between 1 and 5),
    -- free text, private to the two sides and organizers; removed on erasure
    comment       text,
    submitted_at  timestamptz not null,
    primary key (connection_id, author)
);

create table round (
    id           uuid primary key,
    created_by   text        not null,
    created_at   timestamptz not null,
    requests     integer     not null,
    assignments  integer     not null,
    unmatched    integer     not null,
    total_score  bigint      not null
);

-- clinic's spaces as matching needs them: completed spaces' sharers and attendees may follow up 1:1
create table space_sharer (
    space_id       uuid not null,
    participant_id uuid not null,
    primary key (space_id, participant_id)
);
create table space_attendee (
    space_id       uuid not null,
    participant_id uuid not null,
    primary key (space_id, participant_id)
);
create table space_state (
    space_id   uuid primary key,
    state      text        not null,
    ends_at    timestamptz,
    updated_at timestamptz not null
);
