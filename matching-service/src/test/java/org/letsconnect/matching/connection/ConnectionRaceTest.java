package org.letsconnect.matching.connection;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.RepeatedTest;
import org.letsconnect.testkit.WithTestInfrastructure;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Accepts racing: for a sharer's last place (the sharer's row lock lets exactly one win), and by two sharers for the
 * same learner and skill (one wins; the other's request is cancelled by it, a 409, never a deadlock).
 */
@QuarkusTest
@WithTestInfrastructure
class ConnectionRaceTest extends ConnectionApiTest {

    @RepeatedTest(3)
    void twoAcceptsForTheLastPlaceExactlyOneWins() throws Exception {
        Person sharer = sharer(1, GRANT_WRITING);
        List<String> requests = List.of(requested(learner(), sharer, GRANT_WRITING),
                requested(learner(), sharer, GRANT_WRITING));
        List<Integer> statuses = acceptAtOnce(List.of(sharer, sharer), requests);
        assertEquals(List.of(200, 409), statuses.stream().sorted().toList());
        int loser = statuses.indexOf(409);
        given().auth().oauth2(sharer.token()).get("/api/v1/connections/{id}", requests.get(loser)).then()
                .statusCode(200).body("state", Matchers.is("requested"));
        given().auth().oauth2(sharer.token()).get("/api/v1/connections?role=sharer&state=accepted").then()
                .statusCode(200).body("total", Matchers.is(1));
    }

    @RepeatedTest(3)
    void twoSharersAcceptingTheSameLearnersRequestsForOneSkillAtOnceOneWinsTheOtherIsCancelled() throws Exception {
        Person learner = learner();
        List<Person> sharers = List.of(sharer(2, GRANT_WRITING), sharer(2, GRANT_WRITING));
        List<String> requests = List.of(requested(learner, sharers.get(0), GRANT_WRITING),
                requested(learner, sharers.get(1), GRANT_WRITING));
        List<Integer> statuses = acceptAtOnce(sharers, requests);
        assertEquals(List.of(200, 409), statuses.stream().sorted().toList());
        int loser = statuses.indexOf(409);
        given().auth().oauth2(learner.token()).get("/api/v1/connections/{id}", requests.get(loser)).then()
                .statusCode(200).body("state", Matchers.is("cancelled"));
        given().auth().oauth2(learner.token()).get("/api/v1/connections/{id}", requests.get(1 - loser)).then()
                .statusCode(200).body("state", Matchers.is("accepted"));
    }

    /** Each sharer accepts their request, all released at the same instant; the statuses in the requests' order. */
    private static List<Integer> acceptAtOnce(List<Person> sharers, List<String> requests) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(requests.size());
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < requests.size(); i++) {
                Person sharer = sharers.get(i);
                String id = requests.get(i);
                answers.add(pool.submit(() -> {
                    start.await();
                    return given().auth().oauth2(sharer.token()).contentType(ContentType.JSON).body(Map.of())
                            .post("/api/v1/connections/{id}/accept", id);
                }));
            }
            start.countDown();
            for (Future<Response> answer : answers) {
                statuses.add(answer.get().statusCode());
            }
        } finally {
            pool.shutdownNow();
        }
        return statuses;
    }
}
