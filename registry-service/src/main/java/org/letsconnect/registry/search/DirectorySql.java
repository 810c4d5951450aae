package org.letsconnect.registry.search;

import java.util.ArrayList;
import java.util.List;

import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The native SQL of one directory search: the page of cards, and the total with the facet counts, over the same
 * {@code where} clause. The statement text only depends on which filters are present and how many skills and
 * languages were asked for; every value is a bound parameter ({@code $n}), never part of the text.
 *
 * <p>
 * Which index serves which filter (V2 migration): {@code skills_to_learn && $n} / {@code skills_to_share && $n}
 * the GIN indexes on those arrays (a {@code BitmapOr} for mode any), {@code language_codes && $n} the GIN index
 * on {@code language_codes}, {@code region / country / movement_role = any($n)} their btree indexes,
 * {@code search_text like …} and {@code directory_fold($n) <% search_name} the trigram GIN indexes on
 * {@code search_text} (name, username, bio) and {@code search_name} (name, username). PostgreSQL combines them
 * ({@code BitmapAnd}) or reads the table when a filter is not
 * selective (a region with 63 % of the people).
 */
final class DirectorySql {

    /** At most this many values per facet. */
    static final int FACET_LIMIT = 20;
    /** Texts shorter than this (in characters) are only matched as substrings, not by similarity. */
    static final int MIN_SIMILARITY_LENGTH = 3;
    /** Bios are cut to a card's length in Java; no need to read more. */
    static final int BIO_READ_LENGTH = 400;

    /** The folded search text, as {@code directory_fold} folds the indexed column. */
    private static final String FOLDED = "directory_fold(%s)";
    /** {@code %text%} for LIKE, with LIKE's wildcards in the text escaped. */
    private static final String LIKE_PATTERN = "('%%' || replace(replace(replace(directory_fold(%s), '\\', '\\\\'), "
            + "'%%', '\\%%'), '_', '\\_') || '%%')";

    private DirectorySql() {
    }

    /**
     * The page of cards, best first. The ranking is computed over the narrow rows of every match and only the
     * page's rows are then read whole (a card's columns for thousands of matches cost more than the ranking).
     */
    static Statement items(DirectoryQuery query) {
        Parameters parameters = new Parameters();
        String where = where(query, parameters);
        List<String> ranks = new ArrayList<>();
        List<String> order = new ArrayList<>();
        if (query.text() != null) {
            // name or username contain the text: 2 + their similarity; else the bio contains it: ½; else a name
            // or username of similar spelling: their similarity (0.6–1). Similarity is only computed where it
            // decides: for a common word that thousands of bios contain it would cost more than the search.
            String text = parameters.bind(query.text());
            String pattern = LIKE_PATTERN.formatted(text);
            String similarity = "word_similarity(%s, p.search_name)".formatted(FOLDED.formatted(text));
            ranks.add("""
                    case when p.search_name like %1$s then 2 + %2$s
                                when p.search_text like %1$s then 0.5
                                else %2$s end as text_rank""".formatted(pattern, similarity));
            order.add("text_rank desc");
        }
        if (!query.skills().isEmpty()) {
            // with one requested skill every match has it: no count of matching skills (and no parameter that
            // no expression uses, whose type PostgreSQL could not infer)
            boolean several = query.skills().size() > 1;
            List<String> overlap = new ArrayList<>();
            List<String> sharing = new ArrayList<>();
            for (DirectoryQuery.RequestedSkill skill : query.skills()) {
                if (!several && query.mode() != DirectoryQuery.Mode.ANY) {
                    break;
                }
                String codes = parameters.bind(skill.codes().toArray(String[]::new));
                switch (query.mode()) {
                    case LEARN -> overlap.add("(p.skills_to_learn && %s)::int".formatted(codes));
                    case SHARE -> overlap.add("(p.skills_to_share && %s)::int".formatted(codes));
                    case ANY -> {
                        if (several) {
                            overlap.add("(p.skills_to_share && %1$s or p.skills_to_learn && %1$s)::int"
                                    .formatted(codes));
                        }
                        sharing.add("(p.skills_to_share && %s)::int".formatted(codes));
                    }
                }
            }
            if (!overlap.isEmpty()) {
                ranks.add(String.join(" + ", overlap) + " as skill_rank");
                order.add("skill_rank desc");
            }
            if (!sharing.isEmpty()) {
                ranks.add(String.join(" + ", sharing) + " as sharing_rank");
                order.add("sharing_rank desc");
            }
        }
        if (query.languages().size() > 1) { // with one requested language every match speaks it
            List<String> spoken = new ArrayList<>();
            for (String language : query.languages()) {
                spoken.add("(%s = any(p.language_codes))::int".formatted(parameters.bind(language)));
            }
            ranks.add(String.join(" + ", spoken) + " as language_rank");
            order.add("language_rank desc");
        }
        order.add("updated_at desc");
        order.add("id");
        StringBuilder ranked = new StringBuilder("select p.id, p.updated_at");
        ranks.forEach(rank -> ranked.append(",\n           ").append(rank));
        String sql = """
                with page as (
                    %s
                    from participant p
                    where %s
                    order by %s
                    limit %s offset %s)
                select p.id, p.username, p.display_name, p.pronouns, p.region, p.country, p.languages,
                       p.movement_role, p.skills_to_learn, p.skills_to_share, p.available_for_connections,
                       left(p.bio, %d) as bio
                from page join participant p on p.id = page.id
                order by %s""".formatted(ranked, where, String.join(", ", order), parameters.bind(query.size()),
                parameters.bind(query.offset()), BIO_READ_LENGTH,
                String.join(", ", order.stream().map(key -> "page." + key).toList()));
        return new Statement(sql, parameters.tuple());
    }

    /**
     * The total and the top values of each facet over the same filtered set, in one statement: rows
     * {@code (facet, value, count)} where facet is {@code total}, {@code region}, {@code language} or
     * {@code skill}. A profile counts once per skill even when it both learns and shares it; in mode learn (share)
     * only the skills to learn (share) are counted.
     *
     * <p>
     * With a selective filter (skill, language, country, text) the filtered rows are read once through the
     * indexes and kept ({@code materialized}); without one (nothing, or only region, role, availability, which
     * match a large part of the directory) each count reads the table itself, which PostgreSQL does faster, in
     * parallel, than keeping most of the table aside.
     */
    static Statement facets(DirectoryQuery query) {
        Parameters parameters = new Parameters();
        String where = where(query, parameters);
        boolean selective = !query.skills().isEmpty() || !query.languages().isEmpty() || !query.countries().isEmpty()
                || query.text() != null;
        // unnest in the select list (ProjectSet) is several times faster than a lateral function scan per row
        String skills = switch (query.mode()) {
            case LEARN -> "filtered.skills_to_learn";
            case SHARE -> "filtered.skills_to_share";
            // learn + share; the rare person who both learns and shares a skill counts once for it
            case ANY -> """
                    case when filtered.skills_to_learn && filtered.skills_to_share
                          then array(select distinct unnest(filtered.skills_to_learn || filtered.skills_to_share))
                          else filtered.skills_to_learn || filtered.skills_to_share end""";
        };
        String limit = parameters.bind(FACET_LIMIT);
        String sql = """
                with filtered as %s (
                    select p.region, p.language_codes, p.skills_to_learn, p.skills_to_share
                    from participant p
                    where %s)
                select 'total' as facet, null::text as value, count(*) as count from filtered
                union all
                (select 'region', region, count(*) from filtered
                 group by region order by 3 desc, 2 limit %s)
                union all
                (select 'language', code, count(*)
                 from (select unnest(filtered.language_codes) as code from filtered) as spoken
                 group by code order by 3 desc, 2 limit %3$s)
                union all
                (select 'skill', code, count(*) from (select unnest(%s) as code from filtered) as skill
                 group by code order by 3 desc, 2 limit %3$s)"""
                .formatted(selective ? "materialized" : "not materialized", where, limit, skills);
        return new Statement(sql, parameters.tuple());
    }

    /** The filters, shared by both statements (each with its own parameter numbering). */
    private static String where(DirectoryQuery query, Parameters parameters) {
        List<String> conditions = new ArrayList<>();
        if (query.publicOnly()) {
            conditions.add("p.visibility = " + parameters.bind("public"));
        }
        if (!query.skills().isEmpty()) {
            String codes = parameters.bind(query.allSkillCodes().toArray(String[]::new));
            conditions.add(switch (query.mode()) {
                case LEARN -> "p.skills_to_learn && " + codes;
                case SHARE -> "p.skills_to_share && " + codes;
                case ANY -> "(p.skills_to_share && %1$s or p.skills_to_learn && %1$s)".formatted(codes);
            });
        }
        if (!query.languages().isEmpty()) {
            conditions.add("p.language_codes && " + parameters.bind(query.languages().toArray(String[]::new)));
        }
        if (!query.regions().isEmpty()) {
            conditions.add("p.region = any(" + parameters.bind(query.regions().toArray(String[]::new)) + ")");
        }
        if (!query.countries().isEmpty()) {
            // country is char(2): compare as such, or its index is not used
            conditions.add("p.country = any(" + parameters.bind(query.countries().toArray(String[]::new))
                    + "::bpchar[])");
        }
        if (!query.roles().isEmpty()) {
            conditions.add("p.movement_role = any(" + parameters.bind(query.roles().toArray(String[]::new)) + ")");
        }
        if (query.availableOnly()) {
            conditions.add("p.available_for_connections");
        }
        if (query.text() != null) {
            // name, username or bio contain the text (LIKE, cheap), or name or username have a word of similar
            // spelling (word_similarity ≥ 0.6, computed only where LIKE fails; over bios it would cost several
            // times more for common words); one or two letters have too few trigrams for similarity
            String text = parameters.bind(query.text());
            String contains = "p.search_text like " + LIKE_PATTERN.formatted(text);
            conditions.add(query.text().codePointCount(0, query.text().length()) < MIN_SIMILARITY_LENGTH ? contains
                    : "(%s or %s <%% p.search_name)".formatted(contains, FOLDED.formatted(text)));
        }
        return conditions.isEmpty() ? "true" : String.join("\n      and ", conditions);
    }

    /** A statement and its parameters. */
    record Statement(String sql, Tuple tuple) {
    }

    /** Collects bound values and hands out their placeholders ($1, $2 …). */
    private static final class Parameters {
        private final List<Object> values = new ArrayList<>();

        String bind(Object value) {
            values.add(value);
            return "$" + values.size();
        }

        Tuple tuple() {
            return Tuple.from(values);
        }
    }
}
