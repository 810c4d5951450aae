-- Badges shown on profiles, as clinic-service awards them (badge.awarded.v1 on clinic.events.v1):
-- [{code, awardedAt, spaceId}], oldest first. Part of the public profile, so every participant event carries them;
-- an erased participant's badges go with their row.
alter table participant add column badges jsonb not null default '[]';
