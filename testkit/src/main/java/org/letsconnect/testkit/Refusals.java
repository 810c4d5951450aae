package org.letsconnect.testkit;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import io.restassured.response.Response;

/**
 * Refusals made comparable, to prove that two requests cannot be told apart (no existence oracle): a known and an
 * unknown id must give the same answer.
 */
public final class Refusals {

    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private Refusals() {
    }

    /**
     * The problem+json refusal without what names the request itself (its {@code instance}, ids in its
     * {@code detail}), with its {@code WWW-Authenticate} header.
     */
    public static Map<String, Object> comparable(Response response) {
        response.then().contentType("application/problem+json");
        Map<String, Object> answer = new HashMap<>(response.jsonPath().getMap(""));
        answer.remove("instance");
        answer.computeIfPresent("detail", (key, detail) -> UUID_TEXT.matcher((String) detail).replaceAll("{id}"));
        answer.put("WWW-Authenticate", response.header("WWW-Authenticate"));
        return answer;
    }
}
