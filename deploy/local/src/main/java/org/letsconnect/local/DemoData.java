package org.letsconnect.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.letsconnect.testkit.DevIssuer;

/**
 * Registers a handful of demo participants through the registry's own API, each signed in with a development
 * token, so the directory has people in it. Safe on every start: an unchanged profile is not written again.
 */
final class DemoData {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private DemoData() {
    }

    static void seed(DevIssuer issuer, int registryPort) {
        JsonNode people = read("/demo/participants.json");
        int registered = 0;
        for (JsonNode person : people) {
            String username = person.path("username").asText();
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + registryPort + "/api/v1/me"))
                    .timeout(Duration.ofSeconds(20))
                    .header("Authorization", "Bearer " + issuer.token(username))
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(person.path("profile").toString(), StandardCharsets.UTF_8))
                    .build();
            try {
                HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() / 100 == 2) {
                    registered++;
                } else {
                    LocalStack.say("Demo participant " + username + " was refused: " + response.statusCode() + " "
                            + response.body());
                }
            } catch (IOException e) {
                LocalStack.say("Demo participant " + username + " could not be registered: " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        LocalStack.say("Demo data: " + registered + " participants in the directory (usernames: "
                + usernames(people) + "; sign in as any of them with the token issuer)");
    }

    private static String usernames(JsonNode people) {
        StringBuilder names = new StringBuilder();
        people.forEach(person -> names.append(names.isEmpty() ? "" : ", ").append(person.path("username").asText()));
        return names.toString();
    }

    private static JsonNode read(String resource) {
        try (InputStream in = DemoData.class.getResourceAsStream(resource)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
