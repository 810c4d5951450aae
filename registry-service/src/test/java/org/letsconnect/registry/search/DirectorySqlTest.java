package org.letsconnect.registry.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The statements' shape: values only as bound parameters, every parameter used, cards never shortened wrongly. */
class DirectorySqlTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$(\\d+)");

    @Test
    void bindsEveryValueAndUsesEveryParameter() {
        String hostile = "x'); drop table participant; --";
        for (DirectoryQuery query : queries(hostile)) {
            for (DirectorySql.Statement statement : List.of(DirectorySql.items(query), DirectorySql.facets(query))) {
                assertFalse(statement.sql().contains("drop table"), statement.sql());
                List<Integer> used = new ArrayList<>();
                Matcher matcher = PLACEHOLDER.matcher(statement.sql());
                while (matcher.find()) {
                    used.add(Integer.parseInt(matcher.group(1)));
                }
                // PostgreSQL cannot infer the type of a parameter no expression uses
                for (int i = 1; i <= statement.tuple().size(); i++) {
                    assertTrue(used.contains(i), "$" + i + " unused in " + statement.sql());
                }
                assertEquals(statement.tuple().size(), used.stream().mapToInt(Integer::intValue).max().orElse(0),
                        statement.sql());
            }
        }
    }

    @Test
    void partnersQueriesArePublicOnly() {
        DirectoryQuery query = query(List.of(), DirectoryQuery.Mode.ANY, null, true);
        assertTrue(DirectorySql.items(query).sql().contains("p.visibility = $1"));
        assertTrue(DirectorySql.facets(query).sql().contains("p.visibility = $1"));
        assertEquals("public", DirectorySql.items(query).tuple().getValue(0));
    }

    @Test
    void shortensLongBiosAtAWordBoundary() {
        assertEquals("Short.", DirectoryCard.shortBio(" Short. "));
        String longBio = "word ".repeat(100);
        String card = DirectoryCard.shortBio(longBio);
        assertTrue(card.endsWith("word…"), card);
        assertTrue(card.codePointCount(0, card.length()) <= DirectoryCard.BIO_LENGTH + 1);
        String cjk = "维基百科".repeat(100); // no spaces: cut at the length, never inside a character
        assertEquals(DirectoryCard.BIO_LENGTH + 1, DirectoryCard.shortBio(cjk).codePointCount(0,
                DirectoryCard.shortBio(cjk).length()));
        String emoji = "😀".repeat(200);
        assertEquals(DirectoryCard.BIO_LENGTH + 1, DirectoryCard.shortBio(emoji).codePointCount(0,
                DirectoryCard.shortBio(emoji).length()));
    }

    private static List<DirectoryQuery> queries(String text) {
        List<DirectoryQuery> queries = new ArrayList<>();
        List<List<DirectoryQuery.RequestedSkill>> skillSets = List.of(List.of(),
                List.of(new DirectoryQuery.RequestedSkill("Q1", List.of("Q1", "Q2"))),
                List.of(new DirectoryQuery.RequestedSkill("Q1", List.of("Q1", "Q2")),
                        new DirectoryQuery.RequestedSkill("Q3", List.of("Q3"))));
        for (List<DirectoryQuery.RequestedSkill> skills : skillSets) {
            for (DirectoryQuery.Mode mode : DirectoryQuery.Mode.values()) {
                for (String q : new String[] { null, text, "李" }) {
                    for (boolean publicOnly : new boolean[] { false, true }) {
                        queries.add(query(skills, mode, q, publicOnly));
                    }
                }
            }
        }
        queries.add(new DirectoryQuery(List.of(), DirectoryQuery.Mode.ANY, List.of("en", "fr"), List.of("south-asia"),
                List.of("IN"), List.of("individual-editor"), true, text, false, 2, 10));
        return queries;
    }

    private static DirectoryQuery query(List<DirectoryQuery.RequestedSkill> skills, DirectoryQuery.Mode mode,
            String text, boolean publicOnly) {
        return new DirectoryQuery(skills, mode, List.of("sw"), List.of(), List.of(), List.of(), false, text,
                publicOnly, 0, 20);
    }
}
