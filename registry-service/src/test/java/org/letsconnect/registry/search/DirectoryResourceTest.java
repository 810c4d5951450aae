package org.letsconnect.registry.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.letsconnect.registry.skill.SkillTaxonomy;
import org.letsconnect.testkit.DevIssuer;
import org.letsconnect.testkit.InjectInfrastructure;
import org.letsconnect.testkit.WithTestInfrastructure;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * {@code GET /api/v1/participants} against a real PostgreSQL: filters, ranking, paging, facets, visibility and
 * refusals. Every test registers its own people (through {@code PUT /api/v1/me}) with a word nobody else uses
 * and scopes its searches with it ({@code q}), because all test classes of the module share one database.
 */
@QuarkusTest
@WithTestInfrastructure
class DirectoryResourceTest {

    // skills of the taxonomy (skills-v1.json): Technology ⊃ Wikidata ⊃ SPARQL, Strategic ⊃ Event organizing ⊃ …
    static final String TECHNOLOGY = "Q11016";
    static final String WIKIDATA = "Q2013";
    static final String SPARQL = "Q54871";
    static final String LEXEMES = "Q54275340";
    static final String COMMONS = "Q565";
    static final String PHOTOGRAPHY = "Q11633";
    static final String EDIT_A_THONS = "Q16869564";
    static final String EVENT_ORGANIZING = "Q1656682";
    static final String GRANT_PROPOSALS = "Q5596756";
    static final String MEDIATION = "Q214917";

    @InjectInfrastructure
    DevIssuer issuer;

    @Inject
    SkillTaxonomy skills;

    @Test
    void findsASkillThroughItsCategoriesAndSeparatesLearningFromSharing() {
        String word = word();
        String learner = register(person("Learner " + word).learns(SPARQL));
        String sharer = register(person("Sharer " + word).shares(LEXEMES));
        String other = register(person("Photographer " + word).shares(PHOTOGRAPHY));

        assertEquals(List.of(sharer, learner), ids(search(participant(), "q", word, "skill", WIKIDATA)));
        // Technology holds both Wikidata and Commons; sharers first, then the most recently updated
        assertEquals(List.of(other, sharer, learner),
                ids(search(participant(), "q", word, "skill", TECHNOLOGY, "mode", "any")));
        assertEquals(List.of(learner), ids(search(participant(), "q", word, "skill", WIKIDATA, "mode", "learn")));
        assertEquals(List.of(sharer), ids(search(participant(), "q", word, "skill", WIKIDATA, "mode", "share")));
        assertEquals(List.of(learner), ids(search(participant(), "q", word, "skill", SPARQL)));
        assertEquals(List.of(other), ids(search(participant(), "q", word, "skill", COMMONS)));
        assertEquals(3, search(participant(), "q", word).getInt("total"));

        // without q: everyone found has the skill (or a sub-skill) in the right list, and ours are among them
        List<String> wikidataFamily = skills.descendantsAndSelf(WIKIDATA);
        JsonPath sharing = search(participant(), "skill", WIKIDATA, "mode", "share", "size", "100");
        for (Map<String, Object> card : sharing.<Map<String, Object>> getList("items")) {
            @SuppressWarnings("unchecked")
            List<String> shared = (List<String>) card.get("skillsToShare");
            assertTrue(shared.stream().anyMatch(wikidataFamily::contains), card.toString());
        }
    }

    @Test
    void ranksByHowManyRequestedSkillsMatchThenSharersThenLanguagesThenRecency() {
        String word = word();
        String both = register(person("Both " + word).learns(MEDIATION).shares(GRANT_PROPOSALS));
        String learnsOne = register(person("Learns " + word).learns(GRANT_PROPOSALS));
        String sharesOne = register(person("Shares " + word).shares(GRANT_PROPOSALS));
        String sharesOneSpeaksFrench = register(person("Francophone " + word).shares(GRANT_PROPOSALS)
                .speaks("fr", "native").speaks("en", "basic"));
        String newest = register(person("Newest " + word).shares(MEDIATION));

        JsonPath found = search(participant(), "q", word, "skill", GRANT_PROPOSALS, "skill", MEDIATION,
                "language", "fr", "language", "en");
        // 2 skills; then 1 skill shared (speaking both languages first, then most recent); then 1 skill learned
        assertEquals(List.of(both, sharesOneSpeaksFrench, newest, sharesOne, learnsOne), ids(found));
    }

    @Test
    void filtersByLanguageRegionCountryRoleAndAvailability() {
        String word = word();
        String yoruba = register(person("Adebayo " + word).speaks("yo", "native").speaks("en", "advanced")
                .in("sub-saharan-africa", "NG", "Africa/Lagos").role("volunteer-organizer").available(true));
        String brazilian = register(person("Thaís " + word).speaks("pt-br", "native")
                .in("latin-america-caribbean", "BR", "America/Sao_Paulo").role("individual-editor").available(false));

        assertEquals(List.of(yoruba), ids(search(participant(), "q", word, "language", "yo")));
        assertEquals(List.of(brazilian), ids(search(participant(), "q", word, "language", "pt-BR")));
        assertEquals(Set.of(yoruba, brazilian),
                Set.copyOf(ids(search(participant(), "q", word, "language", "yo", "language", "pt-br"))));
        assertEquals(List.of(brazilian), ids(search(participant(), "q", word, "region", "latin-america-caribbean")));
        assertEquals(List.of(yoruba), ids(search(participant(), "q", word, "country", "ng")));
        assertEquals(List.of(yoruba), ids(search(participant(), "q", word, "role", "volunteer-organizer")));
        assertEquals(List.of(yoruba), ids(search(participant(), "q", word, "available", "true")));
        assertEquals(List.of(), ids(search(participant(), "q", word, "language", "yo", "region",
                "latin-america-caribbean")));
    }

    @Test
    void freeTextIgnoresCaseAndAccentsAndRanksNamesAboveBios() {
        String word = word();
        String jose = register(person("José Núñez " + word));
        String zoe = register(person("Zoe Muller " + word));
        String inBio = register(person("Someone Else")
                .bio("I learned Wikidata from José Núñez " + word + " in 2021."));

        assertEquals(List.of(jose, inBio), ids(search(participant(), "q", "jose nunez " + word)));
        assertEquals(List.of(jose, inBio), ids(search(participant(), "q", "JOSÉ NÚÑEZ " + word)));
        assertEquals(List.of(zoe), ids(search(participant(), "q", "Zoë Müller " + word)));
        // LIKE's wildcards in the text are just characters
        assertEquals(0, search(participant(), "q", "%_%_%").getInt("total"));
        // a misspelt word still finds the person (trigram similarity)
        assertTrue(ids(search(participant(), "q", word.substring(0, word.length() - 1) + "x")).contains(zoe));
    }

    @Test
    void freeTextFindsNamesInArabicDevanagariCyrillicAndCjk() {
        String arabicWord = word("بتثجحخدذرزسشصضطظعغفقلمنهو");
        String arabic = register(person("أَحْمَد " + withArabicVowels(arabicWord)).bio("أحب تنظيم ورش العمل"));
        String devanagariWord = word("कखगघचछजझटठडढतथदधनपफबभमयरलवशसह");
        String devanagari = register(person("राहुल " + devanagariWord));
        String cyrillicWord = word("бвгдежзиклмнопрстуфхцчшщ");
        String cyrillic = register(person("Дмитрий " + capitalised(cyrillicWord)));
        String cjkWord = word("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾");
        String cjk = register(person(cjkWord + "小明"));

        // without the vowel marks, with "أ" written as "ا": the same name
        assertEquals(List.of(arabic), ids(search(participant(), "q", "احمد " + arabicWord)));
        assertEquals(List.of(arabic), ids(search(participant(), "q", arabicWord)));
        assertEquals(List.of(devanagari), ids(search(participant(), "q", devanagariWord)));
        assertEquals(List.of(cyrillic), ids(search(participant(), "q", cyrillicWord.toUpperCase())));
        // CJK names have no spaces: part of a name finds it
        assertEquals(List.of(cjk), ids(search(participant(), "q", cjkWord)));
    }

    @Test
    void pagesThroughAStableOrderWithTheTotal() {
        String word = word();
        Set<String> registered = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            registered.add(register(person("Page " + i + " " + word)));
        }
        List<String> seen = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            JsonPath result = search(participant(), "q", word, "page", String.valueOf(page), "size", "2");
            assertEquals(5, result.getInt("total"));
            assertEquals(page, result.getInt("page"));
            assertEquals(2, result.getInt("size"));
            assertEquals(page < 2 ? 2 : 1, result.getList("items").size());
            seen.addAll(ids(result));
        }
        assertEquals(registered, new HashSet<>(seen));
        assertEquals(5, seen.size());
        assertEquals(seen, ids(search(participant(), "q", word, "size", "5")));
        JsonPath beyond = search(participant(), "q", word, "page", "3", "size", "2");
        assertEquals(List.of(), ids(beyond));
        assertEquals(5, beyond.getInt("total"));
        assertEquals(20, search(participant(), "q", word).getInt("size"));
    }

    @Test
    void countsFacetsOverTheWholeFilteredSet() {
        String word = word();
        register(person("Facet A " + word).in("sub-saharan-africa", "GH", "Africa/Accra").speaks("tw", "native")
                .speaks("en", "advanced").learns(SPARQL).shares(PHOTOGRAPHY));
        register(person("Facet B " + word).in("sub-saharan-africa", "KE", "Africa/Nairobi").speaks("sw", "native")
                .speaks("en", "advanced").learns(PHOTOGRAPHY).shares(PHOTOGRAPHY, EDIT_A_THONS));
        register(person("Facet C " + word).in("south-asia", "IN", "Asia/Kolkata").speaks("hi", "native")
                .shares(SPARQL));
        register(person("Facet D " + word).in("northern-western-europe", "DE", "Europe/Berlin").speaks("de", "native")
                .learns(GRANT_PROPOSALS));

        // page of 1: the counts are still over all 3 people with a Technology skill
        JsonPath result = given().spec(participant()).header("Accept-Language", "fr")
                .queryParam("q", word).queryParam("skill", TECHNOLOGY).queryParam("size", 1)
                .get("/api/v1/participants").then().statusCode(200).extract().jsonPath();
        assertEquals(3, result.getInt("total"));
        assertEquals(1, result.getList("items").size());
        assertEquals(List.of(facet("sub-saharan-africa", 2), facet("south-asia", 1)), facets(result, "region"));
        assertEquals(List.of(facet("en", 2), facet("hi", 1), facet("sw", 1), facet("tw", 1)),
                facets(result, "language"));
        // Facet B both learns and shares photography: counted once; edit-a-thons (not Technology) counts too
        assertEquals(List.of(facet(PHOTOGRAPHY, 2), facet(SPARQL, 2), facet(EDIT_A_THONS, 1)),
                facets(result, "skill"));
        for (Map<String, Object> skill : result.<Map<String, Object>> getList("facets.skill")) {
            assertEquals(skills.label((String) skill.get("value"), "fr"), skill.get("label"));
        }

        // mode share: only skills to share are counted
        JsonPath sharing = search(participant(), "q", word, "mode", "share", "skill", TECHNOLOGY);
        assertEquals(3, sharing.getInt("total"));
        assertEquals(List.of(facet(PHOTOGRAPHY, 2), facet(EDIT_A_THONS, 1), facet(SPARQL, 1)),
                facets(sharing, "skill"));
        assertEquals(List.of(facet("sub-saharan-africa", 2), facet("northern-western-europe", 1),
                facet("south-asia", 1)), facets(search(participant(), "q", word), "region"));
    }

    @Test
    void partnersSeeOnlyPublicProfilesAndNobodySeesEmail() {
        String word = word();
        String open = register(person("Open " + word).visibility("public"));
        String membersOnly = register(person("Members Only " + word).visibility("members"));

        assertEquals(List.of(membersOnly, open), ids(search(participant(), "q", word)));
        JsonPath asPartner = search(partner(), "q", word);
        assertEquals(List.of(open), ids(asPartner));
        assertEquals(1, asPartner.getInt("total"));
        assertEquals(0, search(partner(), "q", "Members Only " + word).getInt("total"));

        for (RequestSpecification caller : List.of(participant(), partner(), organizer())) {
            given().spec(caller).queryParam("q", word).get("/api/v1/participants")
                    .then().statusCode(200)
                    .body(not(containsString("@example.org")))
                    .body(not(containsString("\"email\"")));
        }
    }

    @Test
    void refusesAnonymousCallers() {
        given().get("/api/v1/participants")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void namesTheParameterAtFault() {
        refused("skill", "skill", "Q999999999999");
        refused("region", "region", "atlantis");
        refused("country", "country", "XX");
        refused("language", "language", "not a language");
        refused("role", "role", "pope");
        refused("mode", "mode", "teach");
        refused("available", "available", "maybe");
        refused("size", "size", "101");
        refused("size", "size", "0");
        refused("page", "page", "-1");
        refused("page", "page", "first");
        refused("q", "q", "x".repeat(201));
        // every parameter at fault at once
        JsonPath problem = given().spec(participant()).queryParam("skill", "Q0").queryParam("region", "nowhere")
                .get("/api/v1/participants").then().statusCode(400).extract().jsonPath();
        assertEquals(Set.of("skill", "region"), new HashSet<>(problem.getList("errors.field")));
    }

    private void refused(String field, String parameter, String value) {
        given().spec(participant()).queryParam(parameter, value)
                .get("/api/v1/participants")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", is("urn:letsconnect:problem:validation"))
                .body("errors[0].field", is(field));
    }

    // --- helpers -----------------------------------------------------------------------------------------

    private RequestSpecification participant() {
        return given().auth().oauth2(issuer.token("Searcher")).request();
    }

    private RequestSpecification partner() {
        return given().auth().oauth2(issuer.token("CapX", "partner")).request();
    }

    private RequestSpecification organizer() {
        return given().auth().oauth2(issuer.token("Organizer", "organizer")).request();
    }

    private static JsonPath search(RequestSpecification caller, String... parameters) {
        RequestSpecification request = given().spec(caller);
        for (int i = 0; i < parameters.length; i += 2) {
            request = request.queryParam(parameters[i], parameters[i + 1]);
        }
        return request.get("/api/v1/participants").then().statusCode(200).contentType(ContentType.JSON)
                .extract().jsonPath();
    }

    private static List<String> ids(JsonPath result) {
        return result.getList("items.id");
    }

    private static Map<String, Object> facet(String value, int count) {
        return Map.of("value", value, "count", count);
    }

    private static List<Map<String, Object>> facets(JsonPath result, String facet) {
        List<Map<String, Object>> values = new ArrayList<>();
        for (Map<String, Object> entry : result.<Map<String, Object>> getList("facets." + facet)) {
            values.add(Map.of("value", entry.get("value"), "count", entry.get("count")));
        }
        return values;
    }

    /** Registers a person with a token of their own; answers their participant id. */
    private String register(Person person) {
        String token = issuer.token(person.username);
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(person.body())
                .put("/api/v1/me").then().statusCode(201).extract().path("id");
    }

    private static Person person(String displayName) {
        return new Person(displayName);
    }

    /** A word of 9 random Latin letters, nobody else's. */
    private static String word() {
        return word("abcdefghijklmnopqrstuvwxyz");
    }

    private static String word(String alphabet) {
        StringBuilder word = new StringBuilder();
        int[] letters = alphabet.codePoints().toArray();
        for (int i = 0; i < 9; i++) {
            word.appendCodePoint(letters[ThreadLocalRandom.current().nextInt(letters.length)]);
        }
        return word.toString();
    }

    /** The word with a fatha after every letter, as it may be written with its vowel marks. */
    private static String withArabicVowels(String word) {
        StringBuilder written = new StringBuilder();
        word.codePoints().forEach(letter -> written.appendCodePoint(letter).append('\u064E'));
        return written.toString();
    }

    private static String capitalised(String word) {
        return word.substring(0, 1).toUpperCase() + word.substring(1);
    }

    /** A registration body for {@code PUT /api/v1/me}. */
    private static final class Person {
        final String username = "Directory " + UUID.randomUUID();
        final Map<String, Object> body = new HashMap<>();
        final List<Map<String, String>> languages = new ArrayList<>();
        final List<String> learn = new ArrayList<>();
        final List<String> share = new ArrayList<>();

        Person(String displayName) {
            body.put("displayName", displayName);
            body.put("region", "sub-saharan-africa");
            body.put("country", "NG");
            body.put("timeZone", "Africa/Lagos");
            body.put("movementRole", "individual-editor");
            body.put("languages", languages);
            body.put("skillsToLearn", learn);
            body.put("skillsToShare", share);
            body.put("availableForConnections", false);
            body.put("maxConnections", 0);
            body.put("visibility", "public");
            body.put("email", "directory-" + UUID.randomUUID() + "@example.org");
            body.put("bio", "A Wikimedian.");
        }

        Person speaks(String code, String level) {
            languages.add(Map.of("code", code, "level", level));
            return this;
        }

        Person learns(String... codes) {
            learn.addAll(List.of(codes));
            return this;
        }

        Person shares(String... codes) {
            share.addAll(List.of(codes));
            return this;
        }

        Person in(String region, String country, String zone) {
            body.put("region", region);
            body.put("country", country);
            body.put("timeZone", zone);
            return this;
        }

        Person role(String role) {
            body.put("movementRole", role);
            return this;
        }

        Person available(boolean available) {
            body.put("availableForConnections", available);
            body.put("maxConnections", available ? 1 : 0);
            return this;
        }

        Person visibility(String visibility) {
            body.put("visibility", visibility);
            return this;
        }

        Person bio(String bio) {
            body.put("bio", bio);
            return this;
        }

        Map<String, Object> body() {
            if (languages.isEmpty()) {
                speaks("en", "advanced");
            }
            return body;
        }
    }
}
