-- Participants of Let's Connect, keyed on their own id; the Wikimedia central user id (subject) is unique.
create table participant (
    id                        uuid primary key,
    subject                   varchar(64)   not null unique,
    username                  varchar(255)  not null,
    display_name              varchar(100)  not null,
    pronouns                  varchar(40),
    region                    varchar(40)   not null,
    country                   char(2)       not null,
    time_zone                 varchar(64)   not null,
    -- [{code, level}]; language_codes repeats the codes for indexed filters and facets
    languages                 jsonb         not null default '[]',
    language_codes            text[]        not null default '{}',
    affiliations              text[]        not null default '{}',
    movement_role             varchar(40),
    joined_year               integer,
    projects                  text[]        not null default '{}',
    bio                       varchar(1000),
    skills_to_learn           text[]        not null default '{}',
    skills_to_share           text[]        not null default '{}',
    available_for_connections boolean       not null default false,
    max_connections           integer       not null default 0,
    visibility                varchar(10)   not null default 'members',
    -- contact data: private, shown only to the participant and to organizers, never on public topics
    email                     varchar(254),
    notification_language     varchar(20)   not null default 'en',
    registered_at             timestamptz   not null,
    updated_at                timestamptz   not null,
    version                   bigint        not null default 0
);
