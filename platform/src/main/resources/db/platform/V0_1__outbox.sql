-- Transactional outbox, in the shape Debezium's outbox EventRouter reads
-- (id, aggregatetype, aggregateid, type, payload, timestamp), so operators can swap the
-- in-service relay for change-data capture without touching the services.
create table outbox (
    id            uuid primary key,
    aggregatetype varchar(100) not null,
    aggregateid   varchar(255) not null,
    type          varchar(255) not null,
    -- the CloudEvent data; null publishes a tombstone (erasure on compacted topics)
    payload       jsonb,
    "timestamp"   timestamptz  not null default clock_timestamp(),
    topic         varchar(255) not null,
    -- commit order: timestamps can tie within one transaction
    seq           bigserial    not null,
    published_at  timestamptz,
    attempts      integer      not null default 0
);

create index outbox_unpublished on outbox (seq) where published_at is null;
create index outbox_published_at on outbox (published_at) where published_at is not null;
