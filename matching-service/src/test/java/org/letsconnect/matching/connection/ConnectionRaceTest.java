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

import org.junit.jupiter.api.RepeatedTest;
import org.letsconnect.testkit.WithTestInfrastructure;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Two accepts racing for a sharer's last place: the sharer's row lock lets exactly one win. */
@QuarkusTest
@WithTestInfrastructure
class ConnectionRaceTest extends ConnectionApiTest {

    @RepeatedTest(3)
    void twoAcceptsForTheLastPlaceExactlyOneWins() throws Exception {
        Person sharer = sharer(1, GRANT_WRITING);
        List<String> requests = List.of(requested(learner(), sharer, GRANT_WRITING),
                requested(learner(), sharer, GRANT_WRITING));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(requests.size());
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Future<Response>> answers = new ArrayList<>();
            for (String id : requests) {
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
        assertEquals(List.of(200, 409), statuses.stream().sorted().toList());
        int loser = statuses.indexOf(409);
        given().auth().oauth2(sharer.token()).get("/api/v1/connections/{id}", requests.get(loser)).then()
                .statusCode(200).body("state", org.hamcrest.Matchers.is("requested"));
        given().auth().oauth2(sharer.token()).get("/api/v1/connections?role=sharer&state=accepted").then()
                .statusCode(200).body("total", org.hamcrest.Matchers.is(1));
    }
}
