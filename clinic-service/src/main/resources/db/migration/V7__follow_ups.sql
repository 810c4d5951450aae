-- 1:1 follow-ups after a learning space: matching-service announces a request that an attendee made to one of the
-- space's sharers (connection.requested.v1 with spaceId); the space's report counts them and how far they got. No
-- person is named here: the connection id is matching's, the people stay there.
create table follow_up (
    connection_id uuid primary key,
    space_id      uuid        not null,
    -- requested, accepted, scheduled, completed, declined, expired, cancelled (matching's connection states)
    state         text        not null,
    requested_at  timestamptz not null,
    updated_at    timestamptz not null
);
create index follow_up_space on follow_up (space_id);
