-- Read model of the programme's roles (organizer, admin, partner) per Wikimedia central user id,
-- fed by registry.roles.v1. The participant role needs no row: every signed-in Wikimedian has it.
create table programme_role (
    subject    varchar(64)  not null,
    role       varchar(32)  not null,
    username   varchar(255),
    updated_at timestamptz  not null default clock_timestamp(),
    primary key (subject, role)
);
