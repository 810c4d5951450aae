package org.letsconnect.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.letsconnect.testkit.DevIssuer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Seeds demo data through the services' own APIs, each request signed in with a development token: participants
 * in the registry, then a Learning Clinic (full, with a waitlist) and a Connectathon series in clinic-service.
 * Safe on every start: an unchanged profile is not written again, and clinics are planned only into an empty
 * clinic database.
 */
final class DemoData {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final String DEMO_ORGANIZER = "Demo Organizer";

    private DemoData() {
    }

    static void seed(DevIssuer issuer, int registryPort, int clinicPort) {
        JsonNode people = read("/demo/participants.json");
        Map<String, String> participantIds = new LinkedHashMap<>();
        for (JsonNode person : people) {
            String username = person.path("username").asText();
            Answer answer = call(issuer.token(username), "PUT", "http://localhost:" + registryPort + "/api/v1/me",
                    person.path("profile").toString());
            if (answer.ok()) {
                participantIds.put(username, answer.json().path("id").asText());
            } else {
                LocalStack.say("Demo participant " + username + " was refused: " + answer);
            }
        }
        LocalStack.say("Demo data: " + participantIds.size() + " participants in the directory (usernames: "
                + String.join(", ", participantIds.keySet()) + "; sign in as any of them with the token issuer)");
        seedClinics(issuer, "http://localhost:" + clinicPort + "/api/v1/clinics", participantIds);
    }

    private static void seedClinics(DevIssuer issuer, String clinics, Map<String, String> participantIds) {
        String organizer = issuer.token(DEMO_ORGANIZER, "organizer");
        Answer existing = call(organizer, "GET", clinics + "?size=1", null);
        if (!existing.ok() || existing.json().path("total").asLong() > 0) {
            return;
        }
        ZoneId lagos = ZoneId.of("Africa/Lagos");
        // twelve days ahead: inside the outreach window (rules.outreach.send-before, 14 days), so opening it sends the outreach at once
        ZonedDateTime clinicStart = ZonedDateTime.of(LocalDate.now(lagos).plusDays(12), LocalTime.of(15, 0), lagos);
        Map<String, Object> clinic = space("learning-clinic",
                Map.of("en", "Wikidata for beginners", "fr", "Wikidata pour débutants", "ha", "Wikidata don masu farawa"),
                Map.of("en", "Your first edits on Wikidata, step by step, with time for questions."),
                List.of("Q2013"), "en", List.of("fr", "ar"), "sub-saharan-africa", clinicStart, "Africa/Lagos", 3,
                ids(participantIds, "Amina"));
        String clinicId = plan(organizer, clinics, clinic);
        if (clinicId == null) {
            return;
        }
        move(organizer, clinics, clinicId, "in-preparation", "open-for-registration");
        // four people for three places: the fourth waits, and is promoted when someone cancels
        for (String username : List.of("Kwame", "Fatima", "Joao", "Priya")) {
            call(issuer.token(username), "POST", clinics + "/" + clinicId + "/registrations", "{}");
        }

        ZoneId utc = ZoneId.of("UTC");
        LocalDate firstFriday = LocalDate.now(utc).plusMonths(1).withDayOfMonth(1)
                .with(TemporalAdjusters.firstInMonth(DayOfWeek.FRIDAY));
        Map<String, Object> connectathon = space("connectathon",
                Map.of("en", "Connectathon", "es", "Conectatón", "pt", "Conectatona"),
                Map.of("en", "Meet Wikimedians from everywhere, share what you know, find someone to learn from."),
                List.of(), "en", List.of("es", "pt"), null, ZonedDateTime.of(firstFriday, LocalTime.of(14, 0), utc),
                "UTC", 100, ids(participantIds, "Mei"));
        String connectathonId = plan(organizer, clinics, connectathon);
        if (connectathonId != null) {
            move(organizer, clinics, connectathonId, "in-preparation", "open-for-registration");
            call(organizer, "POST", clinics + "/" + connectathonId + "/series", "{\"count\": 2}");
        }
        LocalStack.say("Demo data: a Learning Clinic (3 places, 1 on the waitlist) and three Connectathons planned by '"
                + DEMO_ORGANIZER + "' (token with roles=organizer)");
    }

    private static Map<String, Object> space(String format, Map<String, String> titles, Map<String, String> descriptions,
            List<String> skills, String sessionLanguage, List<String> interpretation, String region,
            ZonedDateTime start, String zone, int capacity, List<String> sharers) {
        Map<String, Object> space = new LinkedHashMap<>();
        space.put("format", format);
        space.put("titles", titles);
        space.put("descriptions", descriptions);
        space.put("skills", skills);
        space.put("sessionLanguage", sessionLanguage);
        space.put("interpretationLanguages", interpretation);
        space.put("regionFocus", region);
        space.put("startsAt", start.toOffsetDateTime().toString());
        space.put("endsAt", start.plusHours(2).toOffsetDateTime().toString());
        space.put("timeZone", zone);
        space.put("capacity", capacity);
        space.put("sharers", sharers);
        space.put("liaisons", List.of());
        space.put("meetingLink", "https://wikimedia.zoom.us/j/1234567890");
        return space;
    }

    private static List<String> ids(Map<String, String> participantIds, String username) {
        String id = participantIds.get(username);
        return id == null ? List.of() : List.of(id);
    }

    private static String plan(String organizer, String clinics, Map<String, Object> space) {
        try {
            Answer answer = call(organizer, "POST", clinics, JSON.writeValueAsString(space));
            if (!answer.ok()) {
                LocalStack.say("Demo space was refused: " + answer);
                return null;
            }
            return answer.json().path("id").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void move(String organizer, String clinics, String id, String... states) {
        for (String state : states) {
            call(organizer, "POST", clinics + "/" + id + "/transitions", "{\"to\": \"" + state + "\"}");
        }
    }

    private record Answer(int status, String body) {
        boolean ok() {
            return status / 100 == 2;
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    private static Answer call(String token, String method, String url, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + token);
        if (body != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            return new Answer(0, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, "interrupted");
        }
    }

    private static JsonNode read(String resource) {
        try (InputStream in = DemoData.class.getResourceAsStream(resource)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
