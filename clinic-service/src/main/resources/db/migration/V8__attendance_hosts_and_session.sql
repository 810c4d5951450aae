-- Hosts and co-hosts of a meeting (the report summary's account, the space's organizers, the programme's accounts) are
-- kept with the attendance but reported apart: never attendees, never counted.
alter table attendance drop constraint attendance_status_check;
alter table attendance add constraint attendance_status_check
    check (status in ('matched', 'ambiguous', 'unmatched', 'host'));

-- The meeting as the last report showed it (its summary block, else its first join and last leave) and the host
-- account it named: a confirmation reconciles the rows again in the same frame as the upload did.
alter table attendance_report add column meeting_started_at timestamptz;
alter table attendance_report add column meeting_ended_at timestamptz;
alter table attendance_report add column host_email text;

-- An alias is remembered with the space it was confirmed in: a name stands for the person by itself in that space,
-- elsewhere only where it is unambiguous (Reconciliation). One alias per name and space; older ones have no space.
alter table attendance_alias drop constraint attendance_alias_pkey;
alter table attendance_alias add column id uuid not null default gen_random_uuid() primary key;
alter table attendance_alias add column space_id uuid references space (id);
create unique index attendance_alias_name_space
    on attendance_alias (name_key, coalesce(space_id, '00000000-0000-0000-0000-000000000000'));

-- What every report counts: the attendance rows of people who attended, hosts left out — in one place.
create view attendee as select * from attendance where status <> 'host';
