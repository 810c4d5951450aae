-- Attendance keeps nothing that names an erased participant: attendees are keyed by the SHA-256 (hex) of their
-- identity in the report ("email:" and their email, else "name:" and their folded name) instead of the identity
-- itself, and the uploaded report is no longer kept, only its digest (a confirmation reconciles the attendance rows
-- again instead of the report).
update attendance
set attendee_key = encode(sha256(convert_to(
        case when attendee_key like 'name:%' then attendee_key else 'email:' || attendee_key end, 'UTF8')), 'hex');

alter table attendance_report add column digest text;
update attendance_report set digest = encode(sha256(convert_to(csv, 'UTF8')), 'hex');
alter table attendance_report alter column digest set not null;
alter table attendance_report drop column csv;
