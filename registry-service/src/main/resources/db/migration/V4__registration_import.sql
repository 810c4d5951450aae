-- Whom the registration import (POST /api/v1/imports/registrations) brought in, so that running an import again
-- never overwrites a profile its owner has since edited, and never brings back a profile its owner erased.
-- Keyed by the Wikimedia central user id; no name, no contact data.
create table registration_import (
    subject            varchar(64) primary key,
    first_imported_at  timestamptz not null,
    last_imported_at   timestamptz not null,
    -- the profile's updated_at as the last import left it: a later one means its owner changed it since
    profile_updated_at timestamptz not null
);
