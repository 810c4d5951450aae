package org.letsconnect.notification.talkpage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.letsconnect.testkit.DevIssuer;
import org.letsconnect.testkit.DevIssuer.TalkPageEdit;
import org.letsconnect.testkit.InjectInfrastructure;
import org.letsconnect.testkit.WithTestInfrastructure;

import io.quarkus.test.junit.QuarkusTest;

/** Posting on Meta-Wiki talk pages, against the development issuer's Meta-Wiki stand-in over real HTTP. */
@QuarkusTest
@WithTestInfrastructure
class TalkPageClientTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    TalkPageClient client;
    @InjectInfrastructure
    DevIssuer wiki;

    @Test
    void aPostAppearsOnceAsANewSectionWithItsMarker() {
        String username = "Amina Talk " + suffix();
        UUID delivery = UUID.randomUUID();

        TalkPageOutcome outcome = post(delivery, username, "SPARQL [[for]] {{beginners}}",
                "Hello Amina,\nthe Clinic starts at 14:00 UTC: https://meet.example.org/x?a=1&b=2.\n\n'''Bold''' ~~~~");

        TalkPageOutcome.Posted posted = assertInstanceOf(TalkPageOutcome.Posted.class, outcome);
        List<TalkPageEdit> edits = wiki.talkPageEdits("User_talk:" + username);
        assertEquals(1, edits.size());
        TalkPageEdit edit = edits.get(0);
        assertEquals(posted.revisionId(), edit.revisionId());
        assertEquals("new", edit.section());
        assertEquals("SPARQL &#91;&#91;for&#93;&#93; &#123;&#123;beginners&#125;&#125;", edit.sectionTitle());
        assertEquals("Hello Amina,<br />\nthe Clinic starts at 14:00 UTC: https://meet.example.org/x?a=1&b=2."
                + "\n\n&#39;&#39;&#39;Bold&#39;&#39;&#39; &#126;&#126;&#126;&#126;"
                + "\n\n~~~~\n<!-- letsconnect-notification:" + delivery + " -->", edit.text());
        assertEquals("Let's Connect notification", edit.summary());
        assertTrue(wiki.pageText("User talk:" + username).contains("[[User:" + DevIssuer.TALK_PAGE_BOT_NAME));
    }

    @Test
    void aRetryOfTheSameDeliveryPostsNothingNew() {
        String username = "Bello Retry " + suffix();
        UUID delivery = UUID.randomUUID();
        assertInstanceOf(TalkPageOutcome.Posted.class, post(delivery, username, "Reminder", "Tomorrow"));

        assertEquals(new TalkPageOutcome.AlreadyPosted(), post(delivery, username, "Reminder", "Tomorrow"));

        assertEquals(1, wiki.talkPageEdits("User talk:" + username).size());
        // another delivery to the same person is a new section
        assertInstanceOf(TalkPageOutcome.Posted.class, post(UUID.randomUUID(), username, "Reminder", "In an hour"));
        assertEquals(2, wiki.talkPageEdits("User talk:" + username).size());
    }

    @Test
    void anUnknownUserIsAPermanentFailureAndNothingIsPosted() {
        String username = "Nobody Here " + suffix();
        wiki.withoutAccount(username);

        assertEquals(new TalkPageOutcome.Permanent("nosuchuser"), post(UUID.randomUUID(), username, "Hi", "Hello"));
        assertTrue(wiki.talkPageEdits("User talk:" + username).isEmpty());
    }

    @Test
    void twoPostsInARowAreAtLeastTheIntervalApart() {
        String first = "Chidi Gate " + suffix();
        String second = "Dayo Gate " + suffix();
        assertInstanceOf(TalkPageOutcome.Posted.class, post(UUID.randomUUID(), first, "One", "First"));
        assertInstanceOf(TalkPageOutcome.Posted.class, post(UUID.randomUUID(), second, "Two", "Second"));

        Duration apart = Duration.between(wiki.talkPageEdits("User talk:" + first).get(0).at(),
                wiki.talkPageEdits("User talk:" + second).get(0).at());
        assertTrue(apart.toMillis() >= 950, "edits " + apart.toMillis() + " ms apart");
    }

    private TalkPageOutcome post(UUID delivery, String username, String title, String text) {
        return client.post(delivery, username, "en", title, text).await().atMost(WAIT);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
