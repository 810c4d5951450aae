package org.letsconnect.matching.suggestion;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.letsconnect.contracts.registry.LanguageSkill;
import org.letsconnect.contracts.registry.ParticipantProfile;
import org.letsconnect.matching.Participants;
import org.letsconnect.matching.candidate.Candidate;
import org.letsconnect.matching.candidate.CandidateIndex;
import org.letsconnect.testkit.DevIssuer;
import org.letsconnect.testkit.EventProbe;
import org.letsconnect.testkit.InjectInfrastructure;
import org.letsconnect.testkit.WithTestInfrastructure;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.response.ValidatableResponse;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * {@code GET /api/v1/suggestions} through the API: ranking, reasons in the caller's language, each hard filter, the
 * refusals and bad parameters. Connections and sharer rows are written with SQL, as the lifecycle would leave them.
 *
 * <p>
 * Each test's people speak a language of their own (an ISO 639 private-use code, {@code qaa}–{@code qtz}), so nobody
 * another test left in the index shares a language with them and slips into the answer.
 */
@QuarkusTest
@WithTestInfrastructure
class SuggestionResourceTest {

    private static final String SPARQL = "Q54871";
    private static final String WIKIDATA = "Q2013";
    private static final String DATA_MODELLING = "Q1172480";
    private static final String MENTORING = "Q1341279";
    private static final String FACILITATION = "Q1377340";
    private static final Random RANDOM = new Random();
    /** A country for each time zone these tests give people (profiles on the topic name one). */
    private static final Map<String, String> COUNTRY_OF_ZONE = Map.of("Africa/Lagos", "NG", "Africa/Casablanca", "MA",
            "America/Sao_Paulo", "BR", "Asia/Kathmandu", "NP", "Asia/Kolkata", "IN", "Pacific/Honolulu", "US");
    /** Ample for the test profile's refresh of the sharers' standings, every 0.2 s. */
    private static final Duration STANDINGS_REFRESHED = Duration.ofSeconds(10);

    @InjectInfrastructure
    DevIssuer issuer;
    @InjectInfrastructure
    EventProbe events;
    @Inject
    CandidateIndex index;
    @Inject
    Pool pool;
    @Inject
    SuggestionService suggestions;

    /** This test's people, as published. */
    private final List<ParticipantProfile> kept = new ArrayList<>();
    /** This test's own language. */
    private String language;

    @BeforeEach
    void ownLanguage() {
        language = "q" + (char) ('a' + RANDOM.nextInt(20)) + (char) ('a' + RANDOM.nextInt(26));
    }

    @AfterEach
    void eraseThisTestsPeople() {
        participants().eraseAll(kept);
    }

    @Test
    void sharersAreRankedByScoreWithTheirReasonsAndEqualScoresByParticipantId() {
        Candidate learner = keep(person("Lagos learner", "sub-saharan-africa", "Africa/Lagos", native_(), 0,
                Set.of(), Set.of(SPARQL)));
        Candidate exactNearby = keep(person("Accra sharer", "sub-saharan-africa", "Africa/Lagos", native_(), 2,
                Set.of(SPARQL), Set.of()));
        Candidate exactFar = keep(person("Honolulu sharer", "northern-western-europe", "Pacific/Honolulu", native_(), 2,
                Set.of(SPARQL), Set.of()));
        Candidate broader = keep(person("Wikidata sharer", "sub-saharan-africa", "Africa/Lagos", native_(), 2,
                Set.of(WIKIDATA), Set.of()));
        Candidate sibling = keep(person("Modelling sharer", "sub-saharan-africa", "Africa/Lagos", native_(), 2,
                Set.of(DATA_MODELLING), Set.of()));
        keep(person("Mentoring sharer", "sub-saharan-africa", "Africa/Lagos", native_(), 2, Set.of(MENTORING),
                Set.of()));
        List<Candidate> twins = new ArrayList<>(List.of(
                keep(person("Twin one", "sub-saharan-africa", "Africa/Lagos", basic(), 2, Set.of(SPARQL), Set.of())),
                keep(person("Twin two", "sub-saharan-africa", "Africa/Lagos", basic(), 2, Set.of(SPARQL), Set.of()))));
        twins.sort(Comparator.comparing(Candidate::participantId));

        suggest(learner, SPARQL, null, "en").statusCode(200)
                .header("Content-Language", "en")
                .body("skill", is(SPARQL))
                .body("language", is("en"))
                // 950, 810 (broader: 60 % of the skill), 793 (4 waking hours a day together), 775 twice (a basic
                // language), 740 (sibling: 40 %)
                .body("suggestions.participantId", contains(exactNearby.participantId(), broader.participantId(),
                        exactFar.participantId(), twins.get(0).participantId(), twins.get(1).participantId(),
                        sibling.participantId()))
                .body("suggestions.score", contains(950, 810, 793, 775, 775, 740))
                // 350 + 250 + 150 + 50 (region) + 100 (load) + 50 (new)
                .body("suggestions[0].score", is(950))
                .body("suggestions[0].displayName", is("Accra sharer"))
                .body("suggestions[0].username", is(exactNearby.username()))
                .body("suggestions[0].region", is("sub-saharan-africa"))
                .body("suggestions[0].skill.code", is(SPARQL))
                .body("suggestions[0].skill.label", is("Querying with SPARQL"))
                .body("suggestions[0].sharedSkill.relation", is("exact"))
                .body("suggestions[0].languages[0].code", is(language))
                .body("suggestions[0].reasons.code", contains("skill-exact", "languages", "waking-overlap",
                        "region-preference", "load", "new-sharer"))
                .body("suggestions[0].reasons[0].text", is("Shares Querying with SPARQL, the skill you want to learn."))
                .body("suggestions[0].reasons[2].params.hours", is(98))
                .body("suggestions[0].reasons[2].text", is("You are both awake at the same time 98 hours a week."))
                .body("suggestions[0].reasons[4].text", is("0 of their 2 places for 1:1 connections taken."))
                .body("suggestions[1].sharedSkill.code", is(WIKIDATA))
                .body("suggestions[1].sharedSkill.relation", is("broader"))
                .body("suggestions[1].reasons[0].code", is("skill-related"))
                .body("suggestions[1].reasons[0].params.via", is(WIKIDATA))
                .body("suggestions[1].reasons[0].text", is("Shares Wikidata, which Querying with SPARQL is part of."))
                // Honolulu and Lagos are awake together 07:00–08:00 and 18:00–21:00 UTC: 4 h a day
                .body("suggestions[2].reasons[2].params.hours", is(28))
                .body("suggestions[3].reasons[1].params.sharerLevel", is("basic"))
                .body("suggestions[5].sharedSkill.relation", is("sibling"));

        suggest(learner, SPARQL, "2", "en").statusCode(200).body("suggestions", hasSize(2));
    }

    @Test
    void reasonsComeInFrenchAndArabicWithSkillAndLanguageNames() {
        Candidate learner = keep(person("Apprenante", "middle-east-north-africa", "Africa/Casablanca",
                List.of(new LanguageSkill("fr", LanguageSkill.NATIVE)), 0, Set.of(), Set.of(SPARQL)));
        Candidate sharer = keep(person("Partageuse", "middle-east-north-africa", "Africa/Casablanca",
                List.of(new LanguageSkill("fr", LanguageSkill.ADVANCED)), 3, Set.of(WIKIDATA), Set.of()));
        execute("insert into sharer (participant_id, requests_received, requests_answered, requests_expired, "
                + "updated_at) values ($1, 5, 4, 1, now())", Tuple.of(UUID.fromString(sharer.participantId())));
        execute(connection(sharer.participantId(), UUID.randomUUID().toString(), "accepted", "now()"));

        // the standing reaches rankings at the next refresh of the sharers' standings
        await().atMost(STANDINGS_REFRESHED).untilAsserted(() -> {
            ValidatableResponse french = suggest(learner, SPARQL, "50", "fr-FR, en;q=0.5").statusCode(200)
                    .header("Content-Language", "fr")
                    .body("language", is("fr"));
            Map<String, Object> mine = own(french, sharer);
            assertEquals(Map.of("code", SPARQL, "label", "Requêtes SPARQL"), without(mine.get("skill"), "relation"));
            assertEquals(List.of(
                    "Partage Wikidata, dont Requêtes SPARQL fait partie.",
                    "Vous parlez tous deux français (vous : langue maternelle, l'autre : avancé).",
                    "Vous êtes éveillés en même temps 98 heures par semaine.",
                    "Vient de la région Moyen-Orient et Afrique du Nord, dont le programme veut davantage de personnes qui partagent.",
                    "Places prises pour les connexions 1:1 : 1 sur 3.",
                    "A répondu à 4 demandes et en a laissé expirer 1."), texts(mine));
            assertEquals(Map.of("code", "fr", "level", "advanced", "name", "français"),
                    ((List<?>) mine.get("languages")).get(0));
        });

        ValidatableResponse arabic = suggest(learner, SPARQL, "50", "ar").statusCode(200)
                .header("Content-Language", "ar");
        List<String> arabicTexts = texts(own(arabic, sharer));
        assertEquals("يشارك مهارة ويكي بيانات التي تندرج تحتها الاستعلام باستخدام SPARQL.", arabicTexts.get(0));
        assertEquals("تتحدثان كلاكما الفرنسية (أنت: لغة أم، الطرف الآخر: متقدم).", arabicTexts.get(1));
        assertEquals("من منطقة الشرق الأوسط وشمال أفريقيا، وهي منطقة يريد البرنامج مزيدًا من المشاركين فيها.",
                arabicTexts.get(3));
    }

    @Test
    void eachHardFilterLeavesItsSharerOut() {
        Candidate learner = keep(person("Filtered learner", "south-asia", "Asia/Kolkata", native_(), 0, Set.of(SPARQL),
                Set.of(SPARQL)));
        Candidate admitted = sharerOfSparql("Admitted");
        Candidate declinedLongAgo = sharerOfSparql("Declined long ago");
        Candidate pausedUntilYesterday = sharerOfSparql("Paused until yesterday");
        Candidate completed = sharerOfSparql("Completed together");
        Candidate unavailable = keep(person("Unavailable", "south-asia", "Asia/Kolkata", native_(), 0, Set.of(SPARQL),
                Set.of()));
        Candidate otherLanguage = keep(person("Other language", "south-asia", "Asia/Kolkata",
                List.of(new LanguageSkill("qzz".equals(language) ? "qzy" : "qzz", LanguageSkill.NATIVE)), 2,
                Set.of(SPARQL), Set.of()));
        Candidate full = sharerOfSparql("Full");
        Candidate requested = sharerOfSparql("Requested");
        Candidate proposed = sharerOfSparql("Proposed");
        Candidate learningFromTheLearner = sharerOfSparql("Learning from the learner");
        Candidate declinedRecently = sharerOfSparql("Declined recently");
        Candidate paused = sharerOfSparql("Paused");
        Candidate away = sharerOfSparql("Away");
        Candidate erased = sharerOfSparql("Erased");
        erase(erased);

        String me = learner.participantId();
        execute(connection(full.participantId(), UUID.randomUUID().toString(), "accepted", "now()"));
        execute(connection(full.participantId(), UUID.randomUUID().toString(), "scheduled", "now()"));
        execute(connection(completed.participantId(), me, "completed", "now()"));
        execute(connection(requested.participantId(), me, "requested", "null"));
        execute(connection(proposed.participantId(), me, "proposed", "null"));
        execute(connection(me, learningFromTheLearner.participantId(), "accepted", "now()"));
        execute(connection(declinedRecently.participantId(), me, "declined", "now() - interval '10 days'"));
        execute(connection(declinedLongAgo.participantId(), me, "declined", "now() - interval '100 days'"));
        execute("insert into sharer (participant_id, paused_until, updated_at) values ($1, now() + interval '3 days', now())",
                Tuple.of(UUID.fromString(paused.participantId())));
        execute("insert into sharer (participant_id, paused_until, updated_at) values ($1, now() - interval '1 day', now())",
                Tuple.of(UUID.fromString(pausedUntilYesterday.participantId())));
        execute("insert into sharer (participant_id, away_since, updated_at) values ($1, now() - interval '2 days', now())",
                Tuple.of(UUID.fromString(away.participantId())));

        List<String> expected = new ArrayList<>(List.of(admitted.participantId(), declinedLongAgo.participantId(),
                pausedUntilYesterday.participantId(), completed.participantId()));
        expected.sort(Comparator.naturalOrder());
        await().atMost(STANDINGS_REFRESHED).untilAsserted(() -> suggest(learner, SPARQL, "50", "en").statusCode(200)
                .body("suggestions.participantId", contains(expected.toArray())));
    }

    @Test
    void withoutASkillEverySkillToLearnCountsAndEachSharerComesOnceWithTheirBestSkill() {
        Candidate learner = keep(person("Two skills", "latin-america-caribbean", "America/Sao_Paulo", native_(), 0,
                Set.of(), Set.of(SPARQL, MENTORING)));
        Candidate sparql = keep(person("SPARQL only", "latin-america-caribbean", "America/Sao_Paulo", native_(), 2,
                Set.of(SPARQL), Set.of()));
        Candidate both = keep(person("Both", "latin-america-caribbean", "America/Sao_Paulo", native_(), 2,
                Set.of(WIKIDATA, MENTORING), Set.of()));
        Candidate facilitation = keep(person("Facilitation", "latin-america-caribbean", "America/Sao_Paulo", native_(), 2,
                Set.of(FACILITATION), Set.of()));

        ValidatableResponse response = suggest(learner, null, null, "en").statusCode(200)
                .body("skill", nullValue())
                .body("suggestions", hasSize(3));
        // exact matches first (SPARQL only, Both through mentoring), then the sibling of mentoring
        List<String> firstTwo = new ArrayList<>(List.of(sparql.participantId(), both.participantId()));
        firstTwo.sort(Comparator.naturalOrder());
        response.body("suggestions.participantId", contains(firstTwo.get(0), firstTwo.get(1),
                facilitation.participantId()));
        Map<String, Object> bothSuggestion = own(response, both);
        assertEquals(MENTORING, ((Map<?, ?>) bothSuggestion.get("skill")).get("code"));
        assertEquals("exact", ((Map<?, ?>) bothSuggestion.get("sharedSkill")).get("relation"));
        assertEquals(MENTORING, ((Map<?, ?>) own(response, facilitation).get("skill")).get("code"));
        assertEquals(SPARQL, ((Map<?, ?>) own(response, sparql).get("skill")).get("code"));
    }

    @Test
    void theDefaultLimitIsTenAndPausedSharersGiveWayToTheNext() throws Throwable {
        Candidate learner = keep(person("Many sharers", "south-asia", "Asia/Kathmandu", native_(), 0, Set.of(),
                Set.of(SPARQL)));
        List<Participants.Profile> sharers = new ArrayList<>();
        for (int i = 0; i < 260; i++) {
            sharers.add(sparqlSharer("Sharer " + i));
        }
        List<String> ids = new ArrayList<>(keepAll(sharers).stream().map(Candidate::participantId).toList());
        ids.sort(Comparator.naturalOrder());
        suggest(learner, SPARQL, null, "en").statusCode(200)
                .body("suggestions.participantId", contains(ids.subList(0, 10).toArray()));

        // the best 200 (by id on equal scores) pause: the answer comes from those after them
        execute("insert into sharer (participant_id, paused_until, updated_at) "
                + "select unnest($1::uuid[]), now() + interval '1 day', now()",
                Tuple.tuple().addArrayOfUUID(ids.subList(0, 200).stream().map(UUID::fromString).toArray(UUID[]::new)));
        await().atMost(STANDINGS_REFRESHED).untilAsserted(() -> suggest(learner, SPARQL, "50", "en").statusCode(200)
                .body("suggestions.participantId", contains(ids.subList(200, 250).toArray())));

        // the service itself (the bench's entry point), leaving out sharers already tried
        List<Suggestion> next = VertxContextSupport.subscribeAndAwait(
                () -> suggestions.suggest(learner, SPARQL, 5, Set.of(ids.get(200), ids.get(202))));
        assertEquals(List.of(ids.get(201), ids.get(203), ids.get(204), ids.get(205), ids.get(206)),
                next.stream().map(s -> s.sharer().participantId()).toList());
    }

    @Test
    void noSharerForARareSkillIsAnEmptyList() {
        Candidate learner = keep(person("Lonely", "south-asia", "Asia/Kolkata", native_(), 0, Set.of(), Set.of()));
        suggest(learner, "Q23955893", null, "en").statusCode(200).body("suggestions", empty());
        suggest(learner, null, null, "en").statusCode(200).body("suggestions", empty());
    }

    @Test
    void anonymousCallersAndPartnersAreRefused() {
        given().queryParam("skill", SPARQL).get("/api/v1/suggestions").then().statusCode(401)
                .contentType("application/problem+json");
        given().auth().oauth2(issuer.tokenWithSubject("capx-client", null, "partner")).queryParam("skill", SPARQL)
                .get("/api/v1/suggestions").then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(issuer.token("CapX", "partner")).header("Accept-Language", "fr")
                .get("/api/v1/suggestions").then().statusCode(403).contentType("application/problem+json")
                .body("detail", is("Les suggestions sont personnelles : les plateformes partenaires ne peuvent pas les lire."));
    }

    @Test
    void aCallerWithoutAProfileIsToldToRegisterFirstInTheirLanguage() {
        given().auth().oauth2(issuer.token("Not registered " + UUID.randomUUID())).header("Accept-Language", "es")
                .get("/api/v1/suggestions").then().statusCode(409).contentType("application/problem+json")
                .header("Content-Language", "es")
                .body("type", is("urn:letsconnect:problem:profile-required"))
                .body("detail", containsString("Registra primero tu perfil"));
    }

    @Test
    void anUnknownSkillOrALimitOutOfRangeIsA400NamingTheField() {
        Candidate learner = keep(person("Bad input", "south-asia", "Asia/Kolkata", native_(), 0, Set.of(), Set.of()));
        for (String skill : List.of("Q0", "Q999999999", "wikidata", "Q2013; drop table connection")) {
            suggest(learner, skill, null, "en").statusCode(400).contentType("application/problem+json")
                    .body("type", is("urn:letsconnect:problem:validation"))
                    .body("errors.field", contains("skill"));
        }
        suggest(learner, "nope", null, "fr").statusCode(400)
                .body("errors[0].message", is("nope n'est pas une compétence de la taxonomie."));
        for (String limit : List.of("0", "51", "-3", "ten", "1e3")) {
            suggest(learner, SPARQL, limit, "en").statusCode(400).contentType("application/problem+json")
                    .body("errors.field", contains("limit"));
        }
        suggest(learner, SPARQL, "51", "en").body("errors[0].message", is("Use a value between 1 and 50."));
        suggest(learner, SPARQL, "50", "en").statusCode(200);
        suggest(learner, SPARQL, "1", "en").statusCode(200).body("suggestions", empty());
    }

    private Participants participants() {
        return new Participants(events, index);
    }

    /** Publishes the person on registry.participants.v1 and answers them as the candidate index holds them. */
    private Candidate keep(Participants.Profile person) {
        return keepAll(List.of(person)).get(0);
    }

    private List<Candidate> keepAll(List<Participants.Profile> people) {
        List<ParticipantProfile> published = participants().registerAll(people);
        kept.addAll(published);
        return published.stream().map(profile -> index.byId(profile.participantId()).orElseThrow()).toList();
    }

    /** Erases the person as registry-service does: their erasure and its tombstone on the topic. */
    private void erase(Candidate person) {
        participants().eraseAll(kept.stream().filter(p -> p.participantId().equals(person.participantId())).toList());
    }

    private Candidate sharerOfSparql(String username) {
        return keep(sparqlSharer(username));
    }

    private Participants.Profile sparqlSharer(String username) {
        return person(username, "south-asia", "Asia/Kolkata", native_(), 2, Set.of(SPARQL), Set.of());
    }

    private Participants.Profile person(String username, String region, String timeZone, List<LanguageSkill> languages,
            int maxConnections, Set<String> toShare, Set<String> toLearn) {
        return Participants.person(username).displayName(username).region(region, COUNTRY_OF_ZONE.get(timeZone))
                .timeZone(timeZone)
                .speaks(languages)
                .capacity(maxConnections).shares(toShare.toArray(String[]::new)).learns(toLearn.toArray(String[]::new));
    }

    private List<LanguageSkill> native_() {
        return List.of(new LanguageSkill(language, LanguageSkill.NATIVE));
    }

    private List<LanguageSkill> basic() {
        return List.of(new LanguageSkill(language, LanguageSkill.BASIC));
    }

    private ValidatableResponse suggest(Candidate caller, String skill, String limit, String acceptLanguage) {
        var request = given().auth().oauth2(issuer.tokenWithSubject(caller.subject(), caller.username()))
                .header("Accept-Language", acceptLanguage);
        if (skill != null) {
            request = request.queryParam("skill", skill);
        }
        if (limit != null) {
            request = request.queryParam("limit", limit);
        }
        return request.get("/api/v1/suggestions").then();
    }

    private static Map<String, Object> own(ValidatableResponse response, Candidate sharer) {
        List<Map<String, Object>> found = response.extract().jsonPath().getList("suggestions");
        return found.stream().filter(s -> sharer.participantId().equals(s.get("participantId"))).findFirst()
                .orElseThrow(() -> new AssertionError(sharer.username() + " is not among " + found));
    }

    @SuppressWarnings("unchecked")
    private static List<String> texts(Map<String, Object> suggestion) {
        return ((List<Map<String, Object>>) suggestion.get("reasons")).stream().map(r -> (String) r.get("text")).toList();
    }

    private static Map<?, ?> without(Object map, String key) {
        Map<Object, Object> copy = new java.util.HashMap<>((Map<?, ?>) map);
        copy.remove(key);
        return copy;
    }

    /** A connection row as the lifecycle writes it: sharer, learner, state, when it was answered (SQL). */
    private static String connection(String sharerId, String learnerId, String state, String answeredAt) {
        return "insert into connection (id, learner_id, sharer_id, skill, state, origin, requested_at, answered_at, "
                + "updated_at) values ('" + UUID.randomUUID() + "', '" + learnerId + "', '" + sharerId + "', '"
                + SPARQL + "', '" + state + "', 'requested', now() - interval '120 days', " + answeredAt + ", now())";
    }

    private void execute(String sql) {
        pool.query(sql).execute().await().indefinitely();
    }

    private void execute(String sql, Tuple parameters) {
        pool.preparedQuery(sql).execute(parameters).await().indefinitely();
    }
}
