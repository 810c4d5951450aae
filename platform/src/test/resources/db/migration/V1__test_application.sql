-- The platform's test application: a note written with its event, and the effects of consumed events.
create table note (
    id      uuid primary key,
    subject varchar(64)  not null,
    text    varchar(100) not null
);

-- No unique key on purpose: an event applied twice would show as two rows.
create table applied_effect (
    event_id   varchar(255) not null,
    subject    varchar(255) not null,
    applied_at timestamptz  not null default clock_timestamp()
);
