package org.letsconnect.clinic.registration;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.letsconnect.clinic.ClinicApiTest;
import org.letsconnect.clinic.SpaceRequests;
import org.letsconnect.contracts.EventType;
import org.letsconnect.testkit.WithTestInfrastructure;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** People racing for the last places: each place goes to one person, and the rest queue in a clean order. */
@QuarkusTest
@WithTestInfrastructure
class RegistrationRaceTest extends ClinicApiTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private static final int PEOPLE = 20;
    private static final int PLACES = 5;

    @Test
    void twentyAtOnceForFivePlacesGiveFiveConfirmedAndFifteenInLine() throws Exception {
        String space = SpaceRequests.open(organizer, SpaceRequests.clinic(30, PLACES));
        List<String> tokens = IntStream.range(0, PEOPLE).mapToObj(i -> i % 2 == 0
                ? issuer.token("Racer " + UUID.randomUUID())
                : null).toList();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(PEOPLE);
        try {
            List<Future<JsonPath>> answers = new ArrayList<>();
            for (int i = 0; i < PEOPLE; i++) {
                String token = tokens.get(i);
                int n = i;
                answers.add(pool.submit(() -> {
                    start.await();
                    // half signed-in participants, half guests: both queue the same way
                    var request = token != null ? given().auth().oauth2(token).contentType("application/json")
                            : given().contentType("application/json").body(String.format(
                                    "{\"name\": \"Guest %d\", \"email\": \"guest%d-%s@example.org\", "
                                            + "\"language\": \"en\", \"timeZone\": \"UTC\"}",
                                    n, n, space));
                    String path = token != null ? "/api/v1/clinics/{id}/registrations"
                            : "/api/v1/clinics/{id}/guest-registrations";
                    return request.post(path, space).then().statusCode(201).extract().jsonPath();
                }));
            }
            start.countDown();
            List<JsonPath> results = new ArrayList<>();
            for (Future<JsonPath> answer : answers) {
                results.add(answer.get());
            }
            assertEquals(PLACES, results.stream().filter(r -> "confirmed".equals(r.getString("status"))).count());
            List<Integer> positions = results.stream().filter(r -> "waitlisted".equals(r.getString("status")))
                    .map(r -> r.getInt("position")).sorted().toList();
            assertEquals(IntStream.rangeClosed(1, PEOPLE - PLACES).boxed().toList(), positions);
        } finally {
            pool.shutdownNow();
        }

        JsonPath list = given().auth().oauth2(organizer).get("/api/v1/clinics/{id}/registrations", space)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(PEOPLE, list.getInt("total"));
        assertEquals(PLACES, list.getList("items.findAll { it.status == 'confirmed' }").size());
        assertEquals(IntStream.rangeClosed(1, PEOPLE - PLACES).boxed().toList(),
                list.getList("items.findAll { it.status == 'waitlisted' }.position", Integer.class));
        given().auth().oauth2(organizer).get("/api/v1/clinics/{id}", space).then().statusCode(200)
                .body("confirmed", org.hamcrest.Matchers.is(PLACES))
                .body("waitlisted", org.hamcrest.Matchers.is(PEOPLE - PLACES))
                .body("placesLeft", org.hamcrest.Matchers.is(0));
        assertEquals(PEOPLE, events.awaitEvents(EventType.REGISTRATION_CREATED, space, PEOPLE, TIMEOUT).size());
    }
}
