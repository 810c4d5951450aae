-- Digests: a participant who chose a daily or weekly digest gets, at its release time, one message per channel that
-- gathers every delivery held for it.

-- One digest: the deliveries held for one participant on one channel until one release time (delivery.digest_id).
-- A held delivery joins the open digest of its release time, the one never claimed yet (attempts = 0); the first
-- claim closes it, so a delivery held after that goes into the next one. Claimed like deliveries, with FOR UPDATE
-- SKIP LOCKED and a lease, and its outcome recorded with its deliveries' in one transaction. Deleted on erasure.
create table digest (
    id             uuid        primary key,
    participant_id uuid        not null,
    channel        varchar(16) not null, -- email | telegram | talk-page (the in-app inbox is never held)
    release_at     timestamptz not null, -- when it goes out; after a temporary failure, when it is tried again
    status         varchar(16) not null, -- pending | sent | failed | dead | cancelled
    attempts       integer     not null default 0,
    lease_until    timestamptz,
    language       varchar(32),
    reason         varchar(64),
    sent_at        timestamptz,
    updated_at     timestamptz not null
);
-- the open digest a held delivery joins: one per participant, channel and release time
create unique index digest_open on digest (participant_id, channel, release_at) where attempts = 0 and status = 'pending';
create index digest_due on digest (release_at) where status = 'pending';
create index digest_participant on digest (participant_id);

-- The digest a pending delivery is held for (the delivery worker leaves it to the digest), or the one it went out in.
alter table delivery add column digest_id uuid references digest (id) on delete set null;
create index delivery_digest on delivery (digest_id) where digest_id is not null;
