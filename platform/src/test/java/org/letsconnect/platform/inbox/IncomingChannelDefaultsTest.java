package org.letsconnect.platform.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.letsconnect.contracts.Topics;
import org.letsconnect.testkit.InjectInfrastructure;
import org.letsconnect.testkit.KafkaBroker;
import org.letsconnect.testkit.WithTestInfrastructure;

import io.quarkus.kafka.client.serialization.JsonObjectDeserializer;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.KafkaConnectorIncomingConfiguration;
import io.smallrye.reactive.messaging.providers.impl.ConnectorConfig;

/**
 * The platform's Kafka defaults hold for a channel that names only its topic and group: programme-roles (platform's
 * own) and test-inbox (the test application's) are configured with nothing else.
 */
@QuarkusTest
@WithTestInfrastructure
class IncomingChannelDefaultsTest {

    @InjectInfrastructure
    KafkaBroker kafka;

    @Test
    void aChannelNamingOnlyItsTopicAndGroupReadsCloudEventsAndDeadLettersToTopicDotDlq() {
        assertDefaults("programme-roles", Topics.REGISTRY_ROLES);
        assertDefaults("test-inbox", IdempotentConsumerTest.TOPIC);
    }

    @Test
    void anEventTheRolesReadModelCannotReadLandsOnTheRolesDeadLetterTopic() {
        String key = "unreadable-" + UUID.randomUUID();
        kafka.send(Topics.REGISTRY_ROLES, key, "{ this is not json", IdempotentConsumerTest.CLOUD_EVENT);

        String deadLetterTopic = Topics.deadLetter(Topics.REGISTRY_ROLES);
        ConsumerRecord<String, String> deadLetter = Awaitility.await("the unreadable record on " + deadLetterTopic)
                .atMost(Duration.ofSeconds(60)).until(() -> kafka.readAll(deadLetterTopic, Duration.ofSeconds(1)).stream()
                        .filter(r -> key.equals(r.key())).findFirst().orElse(null), r -> r != null);
        assertEquals(Topics.REGISTRY_ROLES,
                new String(deadLetter.headers().lastHeader("dead-letter-topic").value(), StandardCharsets.UTF_8));
    }

    /** What the Kafka connector reads for the channel: its own attribute, else the connector-wide one. */
    private static void assertDefaults(String channel, String topic) {
        KafkaConnectorIncomingConfiguration incoming = new KafkaConnectorIncomingConfiguration(
                new ConnectorConfig("mp.messaging.incoming.", ConfigProvider.getConfig(), channel) {
                });
        // Quarkus attaches the channel to the only connector on the class path; ConnectorConfig refuses a channel without one
        assertEquals("smallrye-kafka", incoming.config().getValue("connector", String.class), channel);
        assertEquals(topic, incoming.getTopic().orElseThrow(), channel);
        assertEquals("dead-letter-queue", incoming.getFailureStrategy(), channel);
        assertEquals(Topics.deadLetter(topic), incoming.getDeadLetterQueueTopic().orElseThrow(), channel);
        assertEquals("throttled", incoming.getCommitStrategy().orElseThrow(), channel);
        assertEquals(true, incoming.getCloudEvents(), channel);
        assertEquals(JsonObjectDeserializer.class.getName(), incoming.getValueDeserializer(), channel);
        assertEquals(false, incoming.getFailOnDeserializationFailure(), channel);
        assertEquals("earliest", incoming.getAutoOffsetReset(), channel);
        assertEquals(false, incoming.getHealthReadinessEnabled(), channel);
    }
}
