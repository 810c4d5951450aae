-- Read models (kept from other services' events) and what this service owns: notifications and their deliveries.

-- A participant as a recipient: the public profile (registry.participants.v1) merged with the private contact data
-- (registry.contacts.v1). Deleted on erasure.
create table recipient (
    participant_id   uuid         primary key,
    subject          varchar(64),
    username         varchar(255),
    display_name     varchar(255),
    language         varchar(32)  not null default 'en',
    time_zone        varchar(64)  not null default 'UTC',
    email            varchar(320),
    skills_to_learn  text[]       not null default '{}',
    spoken_languages text[]       not null default '{}',
    profile_at       timestamptz,
    contact_at       timestamptz
);
create index recipient_subject on recipient (subject);
create index recipient_skills_to_learn on recipient using gin (skills_to_learn);

-- A guest (registered for one space with a name and an e-mail, no profile), from the restricted clinic.guests.v1;
-- keyed by the registration. Deleted on the topic's tombstone (cancellation, erasure).
create table guest (
    registration_id uuid         primary key,
    space_id        uuid         not null,
    name            varchar(255) not null,
    email           varchar(320) not null,
    language        varchar(32)  not null default 'en',
    time_zone       varchar(64)  not null default 'UTC',
    updated_at      timestamptz
);

-- Learning spaces as clinic.events.v1 describes them, plus the meeting link from the restricted clinic.meetings.v1.
create table known_space (
    space_id                 uuid        primary key,
    format                   varchar(32),
    titles                   jsonb       not null default '{}',
    skills                   text[]      not null default '{}',
    session_language         varchar(32),
    interpretation_languages text[]      not null default '{}',
    starts_at                timestamptz,
    ends_at                  timestamptz,
    time_zone                varchar(64),
    state                    varchar(32),
    sharers                  text[]      not null default '{}',
    liaisons                 text[]      not null default '{}',
    sequence                 integer     not null default 0,
    meeting_link             text,
    updated_at               timestamptz
);

-- Registrations as clinic.events.v1 tells them: who is confirmed or waitlisted for which space.
create table known_registration (
    registration_id uuid        primary key,
    space_id        uuid        not null,
    participant_id  uuid,
    guest           boolean     not null default false,
    status          varchar(16) not null,
    updated_at      timestamptz
);
create index known_registration_space on known_registration (space_id);
create index known_registration_participant on known_registration (participant_id);

-- Who attended which space (attendance.recorded.v1), for the follow-up.
create table known_attendance (
    space_id        uuid not null,
    attendee_key    varchar(80) not null, -- participant id, else registration id
    participant_id  uuid,
    registration_id uuid,
    primary key (space_id, attendee_key)
);
create index known_attendance_participant on known_attendance (participant_id);

-- Resources published for a space, to send each recipient the one in their language.
create table known_resource (
    resource_id uuid         primary key,
    space_id    uuid         not null,
    kind        varchar(16)  not null,
    language    varchar(32)  not null,
    url         text         not null,
    title       text,
    published_at timestamptz
);
create index known_resource_space on known_resource (space_id);

-- One notification per (event, recipient, template): dedup_key is unique. Rendered when delivered, in the
-- recipient's language of that moment, from the template and its parameters.
create table notification (
    id             uuid         primary key,
    dedup_key      varchar(255) not null unique,
    recipient_kind varchar(16)  not null, -- participant | guest
    recipient_id   uuid         not null, -- participant id, or registration id for a guest
    category       varchar(32)  not null,
    template       varchar(64)  not null,
    space_id       uuid,
    params         jsonb        not null default '{}',
    created_at     timestamptz  not null,
    read_at        timestamptz
);
create index notification_recipient on notification (recipient_id, created_at desc);
create index notification_space on notification (space_id);

-- The due queue: one delivery per notification and channel. Workers claim due rows with FOR UPDATE SKIP LOCKED and
-- a lease, so any number of replicas send each once and a crashed worker's rows come back when the lease ends.
create table delivery (
    id              uuid        primary key,
    notification_id uuid        not null references notification (id) on delete cascade,
    channel         varchar(16) not null, -- email | in-app | telegram | talk-page
    status          varchar(16) not null, -- pending | sent | failed | dead | cancelled
    due_at          timestamptz not null,
    urgent          boolean     not null default false, -- passes quiet hours (cancellations, 1-hour reminders)
    attempts        integer     not null default 0,
    lease_until     timestamptz,
    language        varchar(32),
    reason          varchar(64),
    sent_at         timestamptz,
    updated_at      timestamptz not null,
    unique (notification_id, channel)
);
create index delivery_due on delivery (due_at) where status = 'pending';
create index delivery_status on delivery (status, updated_at);
