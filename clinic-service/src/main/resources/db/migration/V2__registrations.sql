-- What registrations need beyond the core's table: the username organizers recognise a signed-in registrant by,
-- and the guest's secret to cancel without signing in.
alter table registration add column username text;
-- SHA-256 (hex) of the guest's cancel token; the token itself is given to the guest once and never stored.
alter table registration add column cancel_token_hash text;
alter table registration add constraint registration_guest_cancel_token check (not guest or cancel_token_hash is not null);
-- the caller's own registrations across spaces (GET /api/v1/me/registrations)
create index registration_by_subject on registration (subject, registered_at) where subject is not null;
