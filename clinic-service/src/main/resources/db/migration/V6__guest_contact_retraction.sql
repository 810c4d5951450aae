-- When a guest's contact was taken back from the restricted clinic.guests.v1 (a tombstone) because their space ended
-- long enough ago: the compacted topic then forgets the address, and the retention job knows not to do it twice.
alter table registration add column contact_retracted_at timestamptz;
