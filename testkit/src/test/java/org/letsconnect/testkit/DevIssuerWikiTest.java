package org.letsconnect.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The development issuer's Meta-Wiki stand-in as the talk-page bot uses it. */
class DevIssuerWikiTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BOT = "Bearer " + DevIssuer.TALK_PAGE_BOT_TOKEN;

    @Test
    void theBotReadsAPageAndAddsASectionWithItsCsrfToken() throws Exception {
        DevIssuer wiki = DevIssuer.shared();
        String user = "Wiki User " + UUID.randomUUID().toString().substring(0, 8);
        String read = "action=query&meta=tokens&type=csrf&list=users&ususers=" + enc(user)
                + "&prop=revisions&rvprop=content&rvslots=main&titles=" + enc("User_talk:" + user)
                + "&format=json&formatversion=2";

        JsonNode anonymous = get(wiki, read, null).get("query");
        assertEquals("+\\", anonymous.get("tokens").get("csrftoken").asText());
        JsonNode query = get(wiki, read, BOT).get("query");
        String csrf = query.get("tokens").get("csrftoken").asText();
        assertFalse(csrf.equals("+\\"));
        assertEquals(Long.parseLong(DevIssuer.subjectFor(user)), query.get("users").get(0).get("userid").asLong());
        assertTrue(query.get("pages").get(0).get("missing").asBoolean());

        String edit = "action=edit&format=json&section=new&title=" + enc("User talk:" + user) + "&sectiontitle=Hello"
                + "&text=" + enc("Welcome ~~~~") + "&summary=hi&token=";
        assertEquals("badtoken", post(wiki, edit + enc("wrong"), BOT).get("error").get("code").asText());
        assertEquals("mwoauth-invalid-authorization",
                post(wiki, edit + enc(csrf), "Bearer other").get("error").get("code").asText());
        assertTrue(wiki.talkPageEdits("User talk:" + user).isEmpty());

        JsonNode saved = post(wiki, edit + enc(csrf), BOT).get("edit");
        assertEquals("Success", saved.get("result").asText());
        assertEquals(1, wiki.talkPageEdits("User_talk:" + user).size());
        assertEquals(saved.get("newrevid").asLong(), wiki.talkPageEdits("User talk:" + user).get(0).revisionId());
        String content = get(wiki, read, BOT).get("query").get("pages").get(0).get("revisions").get(0).get("slots")
                .get("main").get("content").asText();
        assertTrue(content.startsWith("== Hello ==\n\nWelcome [[User:" + DevIssuer.TALK_PAGE_BOT_NAME), content);
        assertEquals(content, wiki.pageText("User talk:" + user));
    }

    @Test
    void aNameWithoutAnAccountIsMissingEverywhere() throws Exception {
        DevIssuer wiki = DevIssuer.shared();
        String user = "Gone " + UUID.randomUUID().toString().substring(0, 8);
        wiki.withoutAccount(user);
        assertTrue(get(wiki, "action=query&list=users&ususers=" + enc(user) + "&format=json", BOT).get("query")
                .get("users").get(0).get("missing").asBoolean());
        assertTrue(get(wiki, "action=query&meta=globaluserinfo&guiuser=" + enc(user) + "&format=json", null)
                .get("query").get("globaluserinfo").get("missing").asBoolean());
    }

    private static JsonNode get(DevIssuer wiki, String query, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(wiki.issuerUrl() + "/w/api.php?" + query));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return JSON.readTree(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()).body());
    }

    private static JsonNode post(DevIssuer wiki, String form, String authorization) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(wiki.issuerUrl() + "/w/api.php"))
                .header("Authorization", authorization)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        return JSON.readTree(HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body());
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
