package org.letsconnect.matching.connection;

import static io.restassured.RestAssured.given;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.letsconnect.contracts.registry.ParticipantProfile;
import org.letsconnect.matching.Participants;
import org.letsconnect.matching.candidate.CandidateIndex;
import org.letsconnect.testkit.DevIssuer;
import org.letsconnect.testkit.EventProbe;
import org.letsconnect.testkit.InjectInfrastructure;
import org.letsconnect.testkit.Postgres;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * What the connection API tests start from: the token issuer, the event probe, the database for setting clocks back,
 * and people in the candidate index. A test class extends it and carries {@code @QuarkusTest @WithTestInfrastructure}.
 */
abstract class ConnectionApiTest {

    static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** Writing grant proposals, under "Grants and fundraising" (Q230788). */
    static final String GRANT_WRITING = "Q5596756";
    static final String GRANTS = "Q230788";
    static final String SOCIAL_MEDIA = "Q202833";

    @InjectInfrastructure
    protected DevIssuer issuer;
    @InjectInfrastructure
    protected EventProbe events;
    @InjectInfrastructure
    protected Postgres postgres;
    @InjectInfrastructure
    protected String database;
    @Inject
    CandidateIndex index;

    /** The token of this test's own organizer. */
    protected String organizer;

    @BeforeEach
    void signInOrganizer() {
        organizer = issuer.token("Organizer " + UUID.randomUUID(), "organizer");
    }

    /** A participant with a profile, signed in. */
    record Person(String id, String token, String name) {
    }

    /** A learner: shares nothing. */
    Person learner() {
        return person(0, Set.of());
    }

    /** A sharer of the skills, taking at most {@code capacity} connections at once. */
    Person sharer(int capacity, String... skills) {
        return person(capacity, Set.of(skills));
    }

    /** The one place people reach the candidate index in these tests: their profile on registry.participants.v1. */
    Person person(int capacity, Set<String> skillsToShare) {
        Participants.Profile person = Participants.person("Participant").capacity(capacity)
                .shares(skillsToShare.toArray(String[]::new)).learns(GRANT_WRITING);
        ParticipantProfile profile = new Participants(events, index).register(person);
        return new Person(profile.participantId(), issuer.token(person.username), person.username);
    }

    ValidatableResponse request(Person learner, Person sharer, String skill) {
        return given().auth().oauth2(learner.token()).contentType(ContentType.JSON)
                .body(sharer == null ? Map.of("skill", skill)
                        : Map.of("sharerId", sharer.id(), "skill", skill, "message", "Could you help me?"))
                .post("/api/v1/connections").then();
    }

    String requested(Person learner, Person sharer, String skill) {
        return request(learner, sharer, skill).statusCode(201).extract().path("id");
    }

    ValidatableResponse act(Person who, String connection, String action, Object body) {
        return given().auth().oauth2(who.token()).contentType(ContentType.JSON).body(body == null ? Map.of() : body)
                .post("/api/v1/connections/{id}/" + action, connection).then();
    }

    /** Sets a time column of a connection, as the clock would have moved on. */
    void setConnectionTime(String connection, String column, Instant value) throws SQLException {
        try (Connection db = postgres.connect(database);
                PreparedStatement update = db.prepareStatement(
                        "update connection set " + column + " = ? where id = cast(? as uuid)")) {
            update.setObject(1, java.sql.Timestamp.from(value));
            update.setString(2, connection);
            if (update.executeUpdate() != 1) {
                throw new AssertionError("no connection " + connection);
            }
        }
    }

    /** A column of a sharer's row. */
    Object sharerColumn(Person sharer, String column) throws SQLException {
        try (Connection db = postgres.connect(database);
                PreparedStatement select = db.prepareStatement(
                        "select " + column + " from sharer where participant_id = cast(? as uuid)")) {
            select.setString(1, sharer.id());
            var rows = select.executeQuery();
            return rows.next() ? rows.getObject(1) : null;
        }
    }
}
