-- After a session: feedback from those who came, resources (recordings, slides, summaries) per language, and the
-- badges participants earn by attending, sharing and coming back.

-- One answer per person and space. author_key is HMAC-SHA256(letsconnect.clinic.feedback.pseudonym-key,
-- space id + subject) for every answer, so "one answer per person" holds for anonymous answers too while nobody who
-- reads this service's API (or a copy of the table without the key) can tell who gave an anonymous answer:
-- anonymous rows keep neither subject nor participant id.
create table feedback (
    id                 uuid primary key,
    space_id           uuid        not null references space (id) on delete cascade,
    author_key         text        not null,
    anonymous          boolean     not null,
    -- the author of a named answer; null when anonymous
    subject            text,
    participant_id     uuid,
    usefulness         smallint    not null check (usefulness between 1 and 5),
    want_more_of       text,
    -- skill codes (Wikidata items) the author wants more of
    want_more_of_skills varchar[]  not null default '{}',
    comment            text,
    submitted_at       timestamptz not null,
    unique (space_id, author_key),
    check (anonymous = (subject is null))
);

create table space_resource (
    id             uuid primary key,
    space_id       uuid        not null references space (id) on delete cascade,
    kind           text        not null check (kind in ('recording', 'slides', 'summary', 'other')),
    -- Wikimedia language code of the resource
    language       text        not null,
    url            text        not null,
    title          text        not null,
    -- the Wikimedia central user id of who added it: a sharer may remove what they added
    added_by       text        not null,
    published_at   timestamptz not null,
    unique (space_id, language, url)
);

-- Awarded once, never twice: every badge is once per participant (clinic-attendee for the first session attended,
-- sharer for the first completed space shared, regular-N on reaching N spaces attended); space_id records where it
-- was earned. The unique constraint, not a check in code, is what holds under redelivery and concurrent consumers.
create table badge_award (
    id             uuid primary key,
    participant_id uuid        not null,
    badge          text        not null,
    space_id       uuid,
    awarded_at     timestamptz not null,
    unique (participant_id, badge)
);

-- The distinct spaces each participant attended long enough to count, for the regular-N badges.
create table badge_attendance (
    participant_id uuid        not null,
    space_id       uuid        not null,
    recorded_at    timestamptz not null,
    primary key (participant_id, space_id)
);

-- How many distinct spaces each participant attended: one row per participant, raised with the row locked, so two
-- attendances processed at once never both see the same count.
create table badge_tally (
    participant_id uuid primary key,
    spaces_attended integer not null
);
