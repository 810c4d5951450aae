-- Learning spaces (Clinics, Connectathons, Learning Circles, local implementations), their preparation
-- milestones and registrations, and the read model of registry participants this service needs.

create table space (
    id                       uuid primary key,
    format                   text        not null,
    -- {"en": "…", "fr": "…"}: one title and description per language
    titles                   jsonb       not null,
    descriptions             jsonb       not null,
    skills                   varchar[]      not null default '{}',
    session_language         text        not null,
    interpretation_languages varchar[]      not null default '{}',
    region_focus             text,
    starts_at                timestamptz not null,
    ends_at                  timestamptz not null,
    -- the IANA zone the session was planned in; instants are stored in UTC
    time_zone                text        not null,
    capacity                 integer     not null check (capacity >= 0),
    -- registry participant ids
    sharers                  varchar[]      not null default '{}',
    liaisons                 varchar[]      not null default '{}',
    -- private: shown only to confirmed registrants, sharers, liaisons and organizers
    meeting_link             text,
    series_id                uuid,
    state                    text        not null,
    -- the iCalendar SEQUENCE: raised whenever the time changes or the space is cancelled
    sequence                 integer     not null default 0,
    created_by               text        not null,
    created_at               timestamptz not null,
    updated_at               timestamptz not null,
    version                  integer     not null default 0,
    check (ends_at > starts_at)
);
create index space_starts_at on space (starts_at);
create index space_state on space (state);
create index space_series on space (series_id) where series_id is not null;
create index space_skills on space using gin (skills);

create table milestone (
    id           uuid primary key,
    space_id     uuid        not null references space (id) on delete cascade,
    code         text        not null,
    due_on       date        not null,
    done_at      timestamptz,
    done_by      text,
    -- when milestone.due.v1 was published for it, so each reminder goes out once
    announced_at timestamptz,
    overdue_announced_at timestamptz,
    unique (space_id, code)
);
create index milestone_open on milestone (due_on) where done_at is null;

create table registration (
    id            uuid primary key,
    space_id      uuid        not null references space (id) on delete cascade,
    -- registry participant id and Wikimedia central user id of a signed-in registrant; null for guests
    participant_id uuid,
    subject       text,
    guest         boolean     not null,
    -- the guest's name, or the registrant's display name when they registered
    name          text        not null,
    -- private; guests only (signed-in registrants' addresses come from directory_contact)
    email         text,
    language      text,
    time_zone     text,
    status        text        not null check (status in ('confirmed', 'waitlisted', 'cancelled')),
    -- order on the waitlist; promotion takes the lowest
    waitlist_seq  bigint,
    registered_at timestamptz not null,
    promoted_at   timestamptz,
    cancelled_at  timestamptz,
    version       integer     not null default 0,
    check (guest or subject is not null),
    check (not guest or email is not null)
);
create unique index registration_one_per_person on registration (space_id, subject)
    where status <> 'cancelled' and subject is not null;
create unique index registration_one_per_guest_email on registration (space_id, lower(email))
    where status <> 'cancelled' and guest;
create index registration_by_space_status on registration (space_id, status, waitlist_seq);
create index registration_by_participant on registration (participant_id) where participant_id is not null;
create sequence registration_waitlist_seq;

-- What registry-service says about participants (registry.participants.v1, event-carried state).
create table directory_participant (
    participant_id uuid primary key,
    subject        text        not null unique,
    username       text,
    display_name   text,
    pronouns       text,
    region         text,
    country        text,
    language_codes varchar[]   not null default '{}',
    joined_year    integer,
    movement_role  text,
    registered_at  timestamptz,
    updated_at     timestamptz
);
create index directory_participant_username on directory_participant (lower(username));

-- E-mail addresses from the restricted registry.contacts.v1, for attendance reconciliation only.
create table directory_contact (
    participant_id uuid primary key,
    email          text,
    updated_at     timestamptz
);
create index directory_contact_email on directory_contact (lower(email));
