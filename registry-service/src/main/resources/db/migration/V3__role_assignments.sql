-- The programme roles an admin granted (organizer, admin, partner), per Wikimedia central user id or partner
-- client id. The source of truth that registry.roles.v1 announces; every service keeps a read model of it.
create table role_assignment (
    subject    varchar(64)  not null,
    role       varchar(32)  not null,
    username   varchar(255),
    granted_by varchar(255) not null,
    granted_at timestamptz  not null default clock_timestamp(),
    primary key (subject, role)
);
