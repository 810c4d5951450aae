package org.letsconnect.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaBrokerTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    @Test
    void producesAndConsumesWithHeaders() {
        KafkaBroker kafka = KafkaBroker.shared();
        assertSame(kafka, KafkaBroker.shared());
        kafka.createTopic("roundtrip.v1", 1, false);

        kafka.send("roundtrip.v1", "participant-1", "{\"hello\":1}", Map.of("ce_type", "org.letsconnect.test.v1"));

        List<ConsumerRecord<String, String>> records = kafka.awaitRecords("roundtrip.v1", 1, TIMEOUT);
        assertEquals(1, records.size());
        ConsumerRecord<String, String> record = records.get(0);
        assertEquals("participant-1", record.key());
        assertEquals("{\"hello\":1}", record.value());
        assertEquals("org.letsconnect.test.v1",
                new String(record.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8));
    }

    @Test
    void autoCreatesTopicsOnSend() {
        KafkaBroker kafka = KafkaBroker.shared();
        kafka.send("auto.created.v1", "k", "v", null);
        assertEquals("v", kafka.awaitRecords("auto.created.v1", 1, TIMEOUT).get(0).value());
    }

    @Test
    void createsCompactedTopicsIdempotently() throws Exception {
        KafkaBroker kafka = KafkaBroker.shared();
        kafka.createTopic("compacted.v1", 3, true);
        kafka.createTopic("compacted.v1", 3, true); // exists: ignored
        kafka.createTopic("plain.v1", 2, false);

        Map<ConfigResource, Config> configs = kafka.admin().describeConfigs(List.of(
                new ConfigResource(ConfigResource.Type.TOPIC, "compacted.v1"),
                new ConfigResource(ConfigResource.Type.TOPIC, "plain.v1"))).all().get(20, TimeUnit.SECONDS);
        assertEquals("compact", configs.get(new ConfigResource(ConfigResource.Type.TOPIC, "compacted.v1"))
                .get("cleanup.policy").value());
        assertEquals("delete", configs.get(new ConfigResource(ConfigResource.Type.TOPIC, "plain.v1"))
                .get("cleanup.policy").value());
        assertEquals(3, kafka.admin().describeTopics(Set.of("compacted.v1")).allTopicNames().get(20, TimeUnit.SECONDS)
                .get("compacted.v1").partitions().size());
    }

    @Test
    void readAllAndAwaitRecordsReportWhatIsThere() {
        KafkaBroker kafka = KafkaBroker.shared();
        assertTrue(kafka.readAll("never.created.v1", Duration.ofMillis(300)).isEmpty());

        kafka.createTopic("few.v1", 1, false);
        kafka.send("few.v1", "a", "1", Map.of());
        assertEquals(1, kafka.readAll("few.v1", Duration.ofSeconds(2)).size());
        AssertionError tooFew = assertThrows(AssertionError.class,
                () -> kafka.awaitRecords("few.v1", 2, Duration.ofSeconds(1)));
        assertTrue(tooFew.getMessage().contains("key=a value=1"), tooFew.getMessage());
    }

    @Test
    void survivesStopAndRestartAndKeepsItsData(@TempDir Path directory) {
        Path logs = directory.resolve("kafka");
        int port;
        try (KafkaBroker kafka = KafkaBroker.start(logs, 0)) {
            port = kafka.port();
            assertTrue(Files.exists(logs.resolve("meta.properties")));
            kafka.createTopic("outage.v1", 1, false);
            kafka.send("outage.v1", "k", "before", Map.of());

            kafka.stop();
            assertFalse(kafka.isRunning());
            kafka.restart();
            assertTrue(kafka.isRunning());

            // the producer made before the outage reconnects to the same address
            kafka.send("outage.v1", "k", "after", Map.of());
            assertEquals(List.of("before", "after"),
                    kafka.awaitRecords("outage.v1", 2, TIMEOUT).stream().map(ConsumerRecord::value).toList());
        }
        // a new broker on the same directory (already formatted) and port sees the old records
        try (KafkaBroker again = KafkaBroker.start(logs, port)) {
            assertEquals("localhost:" + port, again.bootstrapServers());
            assertEquals(List.of("before", "after"),
                    again.awaitRecords("outage.v1", 2, TIMEOUT).stream().map(ConsumerRecord::value).toList());
        }
    }
}
