package org.letsconnect.matching.candidate;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.letsconnect.contracts.EventType;
import org.letsconnect.contracts.Topics;
import org.letsconnect.contracts.registry.ParticipantErased;
import org.letsconnect.contracts.registry.ParticipantProfile;
import org.letsconnect.matching.Participants;
import org.letsconnect.matching.Participants.Profile;
import org.letsconnect.testkit.EventProbe;
import org.letsconnect.testkit.InjectInfrastructure;
import org.letsconnect.testkit.KafkaBroker;
import org.letsconnect.testkit.WithTestInfrastructure;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.common.annotation.Identifier;

@QuarkusTest
@WithTestInfrastructure
class CandidateFeedTest {

    private static final String SPARQL = "Q54871";

    @InjectInfrastructure
    EventProbe events;
    @InjectInfrastructure
    KafkaBroker kafka;
    @Inject
    CandidateIndex index;
    @Inject
    CandidateFeedConfig config;
    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaSettings;

    Participants participants() {
        return new Participants(events, index);
    }

    @Test
    void aPublishedProfileIsACandidateFoundByIdSubjectAndSharedSkill() {
        Profile amina = Participants.person("amina").shares(SPARQL).capacity(3);
        ParticipantProfile profile = participants().register(amina);

        Candidate candidate = index.byId(profile.participantId()).orElseThrow();
        assertEquals(amina.username, candidate.username());
        assertEquals(3, candidate.maxConnections());
        assertEquals(profile.participantId(), index.bySubject(amina.subject()).orElseThrow().participantId());
        assertTrue(index.sharersOf(SPARQL).stream().anyMatch(c -> c.participantId().equals(profile.participantId())));
    }

    @Test
    void anUpdatedProfileReplacesTheOldOneAndItsSkills() {
        Profile kofi = Participants.person("kofi").shares(SPARQL);
        ParticipantProfile first = participants().register(kofi);
        participants().register(kofi.shares("Q5596756"));

        assertFalse(index.sharersOf(SPARQL).stream().anyMatch(c -> c.participantId().equals(first.participantId())));
        assertTrue(index.sharersOf("Q5596756").stream()
                .anyMatch(c -> c.participantId().equals(first.participantId())));
    }

    @Test
    void anOlderProfileArrivingLateDoesNotReplaceANewerOne() {
        Profile lina = Participants.person("lina").shares(SPARQL);
        ParticipantProfile older = lina.profile();
        ParticipantProfile newer = participants().register(lina.capacity(4));
        events.publish(EventType.PARTICIPANT_UPDATED, older);
        // a later profile of someone else on the same partition order proves the older one was read
        ParticipantProfile marker = participants().register(Participants.person("marker"));

        assertTrue(index.byId(marker.participantId()).isPresent());
        assertEquals(newer.updatedAt(), index.byId(newer.participantId()).orElseThrow().updatedAt());
        assertEquals(4, index.byId(newer.participantId()).orElseThrow().maxConnections());
    }

    @Test
    void erasureAndItsTombstoneRemoveThePersonFromTheIndex() {
        Profile erased = Participants.person("erased").shares(SPARQL);
        ParticipantProfile profile = participants().register(erased);
        events.publish(EventType.PARTICIPANT_ERASED,
                new ParticipantErased(profile.participantId(), profile.subject(), Instant.now()));
        events.publishTombstone(EventType.PARTICIPANT_ERASED, profile.participantId());

        await().atMost(Duration.ofSeconds(20)).until(() -> index.byId(profile.participantId()).isEmpty());
        assertTrue(index.bySubject(erased.subject()).isEmpty());
        assertFalse(index.sharersOf(SPARQL).stream().anyMatch(c -> c.participantId().equals(profile.participantId())));

        // a tombstone alone (erasure seen only after compaction) forgets too
        ParticipantProfile other = participants().register(Participants.person("compacted").shares(SPARQL));
        events.publishTombstone(EventType.PARTICIPANT_ERASED, other.participantId());
        await().atMost(Duration.ofSeconds(20)).until(() -> index.byId(other.participantId()).isEmpty());
    }

    @Test
    void aRecordThatIsNotAProfileIsSkippedAndLaterProfilesStillArrive() {
        kafka.send(Topics.REGISTRY_PARTICIPANTS, "not-a-profile", "{ this is not json", EventProbe.STRUCTURED);
        ParticipantProfile after = participants().register(Participants.person("after-poison"));
        assertTrue(index.byId(after.participantId()).isPresent());
    }

    @Test
    void aNewReplicaRebuildsTheWholeIndexFromTheTopicBeforeItIsReady() throws Exception {
        ParticipantProfile known = participants().register(Participants.person("rebuilt").shares(SPARQL));
        CandidateIndex fresh = new CandidateIndex();
        CandidateFeed replica = new CandidateFeed(fresh, config, kafkaSettings, new SimpleMeterRegistry());
        replica.start(null);
        try {
            await().atMost(Duration.ofSeconds(30)).until(replica::caughtUp);
            // caught up means everything the topic held at start is in: no waiting for this one
            assertTrue(fresh.byId(known.participantId()).isPresent());
            assertEquals(index.byId(known.participantId()).orElseThrow(), fresh.byId(known.participantId()).get());
            assertEquals(0, replica.lag());
            assertTrue(replica.rebuildTime() != null);
        } finally {
            replica.stop();
        }
    }

    @Test
    void readinessReportsTheIndexOnceCaughtUp() {
        participants().register(Participants.person("ready"));
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", hasItem("candidate-index"))
                .body("checks.find { it.name == 'candidate-index' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'candidate-index' }.data.lag", equalTo(0));
    }

    @Test
    void theIndexListsEveryoneItHolds() {
        ParticipantProfile one = participants().register(Participants.person("listed"));
        List<String> ids = index.all().stream().map(Candidate::participantId).toList();
        assertTrue(ids.contains(one.participantId()));
        assertEquals(index.size(), ids.size());
    }
}
