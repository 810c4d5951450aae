-- Idempotent consumption: the ids of the events this service has applied, written in the same
-- transaction as the effect so that a redelivered event changes nothing.
create table inbox (
    event_id     varchar(255) primary key,
    event_type   varchar(255) not null,
    processed_at timestamptz  not null default clock_timestamp(),
    delete_after timestamptz  not null
);

create index inbox_delete_after on inbox (delete_after);
