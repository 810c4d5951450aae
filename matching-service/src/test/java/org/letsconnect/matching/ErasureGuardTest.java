package org.letsconnect.matching;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.letsconnect.contracts.EventType;
import org.letsconnect.contracts.registry.ParticipantErased;
import org.letsconnect.matching.Participants.Profile;
import org.letsconnect.matching.candidate.CandidateIndex;
import org.letsconnect.testkit.EventProbe;
import org.letsconnect.testkit.InjectInfrastructure;
import org.letsconnect.testkit.PersonalDataErasureTest;
import org.letsconnect.testkit.WithTestInfrastructure;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Every column of the database is classified for erasure ({@link PersonalDataErasureTest}, from the test resources'
 * {@code erasure/} lists), and erasure really clears the free text it claims to, on both sides' connections.
 */
@QuarkusTest
@WithTestInfrastructure
class ErasureGuardTest extends PersonalDataErasureTest {

    private static final String SKILL = "Q54871";

    @InjectInfrastructure
    EventProbe events;
    @Inject
    CandidateIndex index;

    @Test
    void erasureLeavesNoneOfThePersonsWordsInTheErasedColumns() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String message = "Please teach me, message " + run;
        String comment = "It helped a lot, comment " + run;
        Participants participants = new Participants(events, index);
        Profile learner = Participants.person("erasable").learns(SKILL);
        Profile sharer = Participants.person("stays").shares(SKILL).capacity(2);
        participants.register(learner);
        participants.register(sharer);
        String id = given().auth().oauth2(Participants.token(learner)).contentType(ContentType.JSON)
                .body(Map.of("sharerId", sharer.participantId, "skill", SKILL, "message", message))
                .post("/api/v1/connections").then().statusCode(201).extract().path("id");
        given().auth().oauth2(Participants.token(sharer)).contentType(ContentType.JSON).body(Map.of())
                .post("/api/v1/connections/{id}/accept", id).then().statusCode(200);
        given().auth().oauth2(Participants.token(learner)).contentType(ContentType.JSON)
                .post("/api/v1/connections/{id}/complete", id).then()
                .statusCode(200);
        given().auth().oauth2(Participants.token(sharer)).contentType(ContentType.JSON)
                .post("/api/v1/connections/{id}/complete", id).then()
                .statusCode(200).body("state", equalTo("completed"));
        given().auth().oauth2(Participants.token(learner)).contentType(ContentType.JSON)
                .body(Map.of("helped", true, "rating", 5, "comment", comment))
                .post("/api/v1/connections/{id}/feedback", id).then().statusCode(200);
        List<String> words = List.of(message, comment);
        await().atMost(Duration.ofSeconds(10)).until(() -> erasedColumnsHolding(words).size() == 2);

        events.publish(EventType.PARTICIPANT_ERASED, new ParticipantErased(learner.participantId, learner.subject(),
                Instant.now()));
        events.publishTombstone(EventType.PARTICIPANT_ERASED, learner.participantId);

        await().atMost(Duration.ofSeconds(30)).until(() -> erasedColumnsHolding(words).isEmpty());
        await().atMost(Duration.ofSeconds(30)).until(() -> index.byId(learner.participantId).isEmpty());
        // the sharer keeps the connection, without the erased person's words
        given().auth().oauth2(Participants.token(sharer)).get("/api/v1/connections/{id}", id).then().statusCode(200)
                .body("state", equalTo("completed")).body("message", equalTo(null));
    }
}
