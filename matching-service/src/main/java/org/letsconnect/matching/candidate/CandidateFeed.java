package org.letsconnect.matching.candidate;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.letsconnect.contracts.CloudEvent;
import org.letsconnect.contracts.Events;
import org.letsconnect.contracts.registry.ParticipantErased;
import org.letsconnect.contracts.registry.ParticipantProfile;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;

/**
 * Fills {@link CandidateIndex} from {@code registry.participants.v1}, on every replica: the consumer is assigned all
 * partitions itself (no consumer group, nothing committed) and reads them from the beginning at each start, so every
 * replica holds every profile. The topic is compacted (each key keeps its last profile or its tombstone), so the
 * rebuild reads about one record per participant. Until the positions reach the end offsets the topic had at start,
 * the service reports not ready ({@link CandidateIndexReadiness}): a replica that suggests from half an index would
 * hide people.
 *
 * <p>
 * A plain Kafka consumer on its own thread rather than a Reactive Messaging channel, because a channel belongs to a
 * consumer group, which splits partitions between replicas and commits offsets. Its connection settings are the
 * application's ({@code kafka.*}, the same bootstrap servers and security as every channel).
 */
@ApplicationScoped
public class CandidateFeed {

    private final CandidateIndex index;
    private final CandidateFeedConfig config;
    private final Map<String, Object> kafka;
    private final Counter skipped;
    private final AtomicLong lag = new AtomicLong(-1);

    private volatile boolean running;
    private volatile boolean caughtUp;
    private volatile Duration rebuildTime;
    private volatile KafkaConsumer<String, String> consumer;
    private Thread thread;

    public CandidateFeed(CandidateIndex index, CandidateFeedConfig config,
            @Identifier("default-kafka-broker") Map<String, Object> kafka, MeterRegistry registry) {
        this.index = index;
        this.config = config;
        this.kafka = kafka;
        this.skipped = Counter.builder("letsconnect.matching.candidates.skipped")
                .description("Records of the participants topic that could not be read as a profile and were skipped")
                .register(registry);
        Gauge.builder("letsconnect.matching.candidates", index, CandidateIndex::size)
                .description("Participants in the in-memory candidate index").register(registry);
        Gauge.builder("letsconnect.matching.candidates.lag", lag, AtomicLong::get)
                .description("Records of the participants topic not read yet at start (-1 before the first look)")
                .register(registry);
    }

    void start(@Observes StartupEvent started) {
        running = true;
        thread = new Thread(this::run, "candidate-feed");
        thread.setDaemon(true);
        thread.start();
    }

    @PreDestroy
    void stop() throws InterruptedException {
        running = false;
        KafkaConsumer<String, String> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        if (thread != null) {
            thread.join(Duration.ofSeconds(10).toMillis());
        }
    }

    /** Whether every profile the topic held when this replica started is in the index. */
    public boolean caughtUp() {
        return caughtUp;
    }

    /** Records still to read of what the topic held at start; -1 before the first look at the topic. */
    public long lag() {
        return lag.get();
    }

    /** How long the rebuild from the topic took, once caught up. */
    public Duration rebuildTime() {
        return rebuildTime;
    }

    private void run() {
        Instant started = Instant.now();
        while (running) {
            try (KafkaConsumer<String, String> opened = new KafkaConsumer<>(consumerConfig())) {
                consumer = opened;
                follow(opened, started);
            } catch (WakeupException e) {
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                Log.warnf(e, "Reading %s failed; reading it again from the beginning in %s", config.topic(),
                        config.retryAfter());
                pause(config.retryAfter());
            }
        }
    }

    /** Reads from the beginning of every partition until stopped; marks the index caught up on the way. */
    private void follow(KafkaConsumer<String, String> consumer, Instant started) {
        List<TopicPartition> partitions = partitions(consumer);
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        Map<TopicPartition, Long> startEnd = new HashMap<>(consumer.endOffsets(partitions));
        Instant partitionsChecked = Instant.now();
        while (running) {
            if (partitions.isEmpty()) {
                pause(config.pollTimeout()); // a consumer without partitions cannot poll
            } else {
                for (ConsumerRecord<String, String> record : consumer.poll(config.pollTimeout())) {
                    apply(record);
                }
            }
            if (!caughtUp) {
                checkCaughtUp(consumer, startEnd, started);
            }
            // while the topic does not exist yet (a new installation) look for it at every poll, then now and then
            if (partitions.isEmpty() || Instant.now().isAfter(partitionsChecked.plus(config.partitionCheckEvery()))) {
                partitionsChecked = Instant.now();
                partitions = reassign(consumer, partitions);
            }
        }
    }

    /** Assigns the topic's partitions as they are now, reading the added ones from their beginning. */
    private List<TopicPartition> reassign(KafkaConsumer<String, String> consumer, List<TopicPartition> known) {
        List<TopicPartition> now = partitions(consumer);
        List<TopicPartition> added = now.stream().filter(p -> !known.contains(p)).toList();
        if (added.isEmpty()) {
            return known;
        }
        Log.infof("%s has %d partitions; reading %d new ones from the beginning", config.topic(), now.size(),
                added.size());
        consumer.assign(now);
        consumer.seekToBeginning(added);
        return now;
    }

    private List<TopicPartition> partitions(KafkaConsumer<String, String> consumer) {
        List<PartitionInfo> infos = consumer.partitionsFor(config.topic());
        return infos == null ? List.of()
                : infos.stream().map(info -> new TopicPartition(info.topic(), info.partition())).toList();
    }

    private void checkCaughtUp(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> startEnd,
            Instant started) {
        long behind = 0;
        for (Map.Entry<TopicPartition, Long> end : startEnd.entrySet()) {
            behind += Math.max(0, end.getValue() - consumer.position(end.getKey()));
        }
        lag.set(behind);
        if (behind == 0) {
            rebuildTime = Duration.between(started, Instant.now());
            caughtUp = true;
            Log.infof("Candidate index caught up with %s: %d participants in %d ms", config.topic(), index.size(),
                    rebuildTime.toMillis());
        }
    }

    /** Applies one record; one that cannot be read is counted and skipped (the person's next profile mends it). */
    void apply(ConsumerRecord<String, String> record) {
        if (record.value() == null) {
            if (record.key() != null) {
                index.forget(record.key());
            }
            return;
        }
        try {
            CloudEvent<Object> event = Events.read(record.value());
            if (event.data() instanceof ParticipantProfile profile) {
                index.keep(Candidate.of(profile));
            } else if (event.data() instanceof ParticipantErased erased) {
                index.forget(erased.participantId());
            }
        } catch (RuntimeException e) {
            skipped.increment();
            Log.warnf("Skipping the record %s-%d@%d of %s: %s", record.topic(), record.partition(), record.offset(),
                    record.key(), e.getMessage());
        }
    }

    private Map<String, Object> consumerConfig() {
        Map<String, Object> settings = new HashMap<>(kafka);
        settings.remove(ConsumerConfig.GROUP_ID_CONFIG);
        settings.put(ConsumerConfig.CLIENT_ID_CONFIG, "matching-candidates-" + UUID.randomUUID());
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        settings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        settings.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        settings.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        settings.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        return settings;
    }

    private void pause(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
