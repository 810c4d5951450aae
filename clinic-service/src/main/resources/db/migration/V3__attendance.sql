-- The last Zoom participant report uploaded for a space (POST /api/v1/clinics/{id}/attendance), kept so that an
-- organizer's confirmation reconciles it again exactly as an upload would. Holds names and emails: organizers only.
create table attendance_report (
    space_id    uuid primary key references space (id),
    csv         text        not null,
    time_zone   text        not null,
    uploaded_by text        not null,
    uploaded_at timestamptz not null
);

-- Attendance from Zoom participant reports (POST /api/v1/clinics/{id}/attendance): one row per attendee of a space,
-- keyed by who they were in the report (their email, else "name:" and their folded name), so that uploading the same
-- report again finds every row unchanged. Emails are private: organizers read them, events and logs never carry them.
create table attendance (
    id                     uuid primary key,
    space_id               uuid        not null references space (id),
    attendee_key           text        not null,
    -- the names the attendee was in the meeting under, as the report writes them
    names                  text[]      not null,
    email                  text,
    guest                  boolean     not null,
    -- their joins merged, as ISO 8601 intervals (start/end), in time order
    intervals              text[]      not null,
    joins                  int         not null,
    minutes                int         not null,
    stayed_past_90_minutes boolean     not null,
    first_joined_at        timestamptz not null,
    last_left_at           timestamptz not null,
    status                 text        not null check (status in ('matched', 'ambiguous', 'unmatched')),
    participant_id         uuid,
    registration_id        uuid,
    -- the matched person as the organizer saw them (the directory may change later)
    person_name            text,
    person_username        text,
    matched_on             text,
    similarity             text,
    score                  double precision,
    -- for ambiguous attendees: who they may be, as JSON (an array of candidates)
    candidates             text        not null default '[]',
    recorded_at            timestamptz not null,
    updated_at             timestamptz not null,
    unique (space_id, attendee_key),
    check (status <> 'matched' or participant_id is not null or registration_id is not null)
);
create index attendance_participant on attendance (participant_id);

-- A Zoom name (folded: "amina y") or a Zoom email ("email:amina@example.org") an organizer confirmed as a person, so
-- that it matches by itself in later reports: a participant of the directory, or a guest by their (private) email.
create table attendance_alias (
    name_key       text primary key,
    participant_id uuid,
    guest_email    text,
    confirmed_by   text        not null,
    confirmed_at   timestamptz not null,
    check ((participant_id is null) <> (guest_email is null))
);
