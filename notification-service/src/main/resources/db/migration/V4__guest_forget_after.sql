-- A guest's tombstone (cancellation, erasure) arrives together with the cancellation that must still reach them:
-- the row is kept until forget_after, then purged (recipient/GuestPurge).
alter table guest add column forget_after timestamptz;
create index guest_forget_after on guest (forget_after) where forget_after is not null;
