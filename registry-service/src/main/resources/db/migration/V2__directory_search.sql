-- Directory search (GET /api/v1/participants): indexes for every filter and trigram indexes for free text.
--
-- Free text is matched on folded copies that PostgreSQL keeps itself in generated columns — search_name (display
-- name and username) and search_text (those and the bio): Unicode NFKC, lower case, accents removed (unaccent:
-- "José" → "jose"), Arabic short vowels and tatweel removed and the alef/yeh/kaf variants unified (Arabic,
-- Persian, Urdu spellings), so that "Jose" finds "José" and "احمد" finds "أَحْمَد" in any script.
-- lower() and pg_trgm classify letters by the database's LC_CTYPE: with a UTF-8 ctype (C.UTF-8, en_US.UTF-8 …)
-- every script takes part; with ctype "C" only ASCII letters have trigrams and case, and non-Latin names are only
-- found by the substring (LIKE) branch of the search. Create the database with a UTF-8 ctype.

create extension if not exists pg_trgm;
create extension if not exists unaccent;

-- IMMUTABLE wrapper (unaccent itself is only STABLE, because it looks its dictionary up by name): the
-- SQL-standard body binds the function and the dictionary when this is created, not through search_path.
create or replace function directory_fold(input text) returns text
    language sql immutable strict parallel safe
    return translate(
        regexp_replace(unaccent('unaccent'::regdictionary, lower(normalize(input, nfkc))),
                       '[\u064B-\u065F\u0670\u0640]', '', 'g'),
        'أإآٱىیک', 'ااااييك');

alter table participant
    add column search_name text generated always as (directory_fold(display_name || ' ' || username)) stored,
    add column search_text text generated always as (
        directory_fold(display_name || ' ' || username || ' ' || coalesce(bio, ''))) stored;

-- skills and languages: array overlap (&&) and containment (@>)
create index participant_skills_to_learn_idx on participant using gin (skills_to_learn);
create index participant_skills_to_share_idx on participant using gin (skills_to_share);
create index participant_language_codes_idx on participant using gin (language_codes);
create index participant_region_idx on participant (region);
create index participant_country_idx on participant (country);
create index participant_movement_role_idx on participant (movement_role);
-- free text: substring (LIKE) on name, username and bio; similar spelling (word_similarity, <%) on name and
-- username, whose texts are short enough to compare with every candidate
create index participant_search_text_trgm_idx on participant using gin (search_text gin_trgm_ops);
create index participant_search_name_trgm_idx on participant using gin (search_name gin_trgm_ops);
-- the listing without a ranking criterion: most recently updated first
create index participant_updated_idx on participant (updated_at desc, id);
