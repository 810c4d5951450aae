package org.letsconnect.registry.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.letsconnect.contracts.registry.LanguageSkill;
import org.letsconnect.registry.skill.SkillTaxonomy;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;

/**
 * Runs directory searches on the participant table with native SQL through the reactive pool (no Hibernate):
 * the page of cards and the total with the facet counts are two statements, run side by side on two
 * connections. The SQL, and which index serves which filter, is in {@link DirectorySql}.
 *
 * <p>
 * Ranking, best first; each key only applies when its parameter was given, the next key breaks its ties:
 * <ol>
 * <li>{@code q}: text relevance, on the folded query and texts (lower case, no accents, Arabic vowel marks and
 * tatweel removed, alef forms unified): display name or username contain the query — 2 + pg_trgm
 * {@code word_similarity} of the query to them (an exact word before a longer one); else the bio contains it — ½;
 * else name or username have a word of similar spelling — that similarity (0.6–1). So a name written as asked
 * comes first, then a close spelling of a name, then a mention in a bio. (Similarity applies to queries of 3
 * characters or more.)</li>
 * <li>{@code skill}: with two or more, how many of the requested skills the person has (a requested skill
 * counts when the person has it or any of its sub-skills) — in the skills to learn for {@code mode=learn}, to
 * share for {@code mode=share}, in either for {@code mode=any}; then, with {@code mode=any}, how many of them
 * they share, so that people who can teach a skill come before people who want to learn it.</li>
 * <li>{@code language} (two or more): how many of the requested languages the person speaks.</li>
 * <li>the most recently updated profile first (active people first);</li>
 * <li>the participant id, so that the order is total and stable from page to page.</li>
 * </ol>
 */
@ApplicationScoped
public class DirectorySearch {

    private final Pool pool;
    private final SkillTaxonomy taxonomy;

    public DirectorySearch(Pool pool, SkillTaxonomy taxonomy) {
        this.pool = pool;
        this.taxonomy = taxonomy;
    }

    /**
     * One page of people matching the query, with the facet counts of everyone matching it.
     *
     * @param language the Wikimedia code of the language for skill labels (the taxonomy falls back along its
     *        chain to English)
     */
    public Uni<DirectoryPage> search(DirectoryQuery query, String language) {
        DirectorySql.Statement items = DirectorySql.items(query);
        DirectorySql.Statement facets = DirectorySql.facets(query);
        Uni<RowSet<Row>> itemRows = pool.preparedQuery(items.sql()).execute(items.tuple());
        Uni<RowSet<Row>> facetRows = pool.preparedQuery(facets.sql()).execute(facets.tuple());
        return Uni.combine().all().unis(itemRows, facetRows).with((cards, counts) -> {
            List<DirectoryCard> page = new ArrayList<>();
            cards.forEach(row -> page.add(card(row)));
            long total = 0;
            List<DirectoryPage.FacetCount> region = new ArrayList<>();
            List<DirectoryPage.FacetCount> spoken = new ArrayList<>();
            List<DirectoryPage.FacetCount> skill = new ArrayList<>();
            for (Row row : counts) {
                String value = row.getString("value");
                long count = row.getLong("count");
                switch (row.getString("facet")) {
                    case "total" -> total = count;
                    case "region" -> region.add(new DirectoryPage.FacetCount(value, null, count));
                    case "language" -> spoken.add(new DirectoryPage.FacetCount(value, null, count));
                    case "skill" -> skill.add(new DirectoryPage.FacetCount(value, taxonomy.label(value, language),
                            count));
                    default -> throw new IllegalStateException("Unknown facet " + row.getString("facet"));
                }
            }
            return new DirectoryPage(page, query.page(), query.size(), total,
                    new DirectoryPage.Facets(sorted(region), sorted(spoken), sorted(skill)));
        });
    }

    private static List<DirectoryPage.FacetCount> sorted(List<DirectoryPage.FacetCount> counts) {
        counts.sort(Comparator.comparingLong(DirectoryPage.FacetCount::count).reversed()
                .thenComparing(DirectoryPage.FacetCount::value));
        return List.copyOf(counts);
    }

    private static DirectoryCard card(Row row) {
        return new DirectoryCard(row.getUUID("id").toString(), row.getString("username"),
                row.getString("display_name"), row.getString("pronouns"), row.getString("region"),
                row.getString("country"), languages(row.getValue("languages")), row.getString("movement_role"),
                strings(row.getArrayOfStrings("skills_to_learn")), strings(row.getArrayOfStrings("skills_to_share")),
                row.getBoolean("available_for_connections"), DirectoryCard.shortBio(row.getString("bio")));
    }

    private static List<LanguageSkill> languages(Object json) {
        List<LanguageSkill> languages = new ArrayList<>();
        if (json instanceof JsonArray array) {
            for (Object entry : array) {
                if (entry instanceof JsonObject language) {
                    languages.add(new LanguageSkill(language.getString("code"), language.getString("level")));
                }
            }
        }
        return List.copyOf(languages);
    }

    private static List<String> strings(String[] values) {
        return values == null ? List.of() : List.of(values);
    }
}
