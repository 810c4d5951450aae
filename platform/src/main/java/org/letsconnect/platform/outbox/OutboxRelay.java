package org.letsconnect.platform.outbox;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.letsconnect.contracts.Events;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.Record;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Publishes committed outbox events to Kafka as structured CloudEvents, in commit order, and marks them
 * published. While the broker is unreachable a pass fails, its transaction rolls back and the relay waits longer
 * before the next one: events are delayed, never lost, and users' requests never wait for Kafka.
 *
 * <p>
 * Several replicas may relay, and one aggregate's events still reach Kafka in commit order, because only one
 * pass publishes at a time: a pass first takes a transaction-scoped advisory lock ({@link #LOCK_KEY}), and a
 * replica that finds it taken skips the pass. The lock is held until the pass has marked its rows published and
 * committed, or has rolled back when the broker failed it. The claim is a statement of its own after the lock is
 * taken (read committed: a fresh snapshot), so every pass starts exactly where the previous one ended.
 *
 * <p>
 * Claiming rows with {@code FOR UPDATE SKIP LOCKED} alone lets a second replica publish the next batch while
 * the first is still sending its own, interleaving an aggregate's events. Claiming whole aggregates instead
 * (skipping rows whose aggregate has an earlier row locked by someone else) would let replicas publish side by
 * side, but whether it holds depends on what each claim's snapshot can see of the other passes' locks and
 * commits; one pass at a time needs no such argument. It costs little: a pass is bound by the broker's
 * acknowledgements, and replicas relay for availability, not throughput. The claim locks no rows: the turn keeps
 * other passes away, and skipping a row that something else briefly holds (the failed-attempt count) would let a
 * later event of its aggregate go first.
 */
@ApplicationScoped
public class OutboxRelay {

    /** The outbox type of a row that publishes a tombstone (null value) rather than an event. */
    static final String TOMBSTONE_TYPE = "tombstone";

    /** The key of the advisory lock that lets one relay pass at a time publish ("LCoutbox"). */
    static final long LOCK_KEY = 0x4c43_6f75_7462_6f78L;

    private static final String TAKE_TURN = "select pg_try_advisory_xact_lock($1) as turn";
    private static final String CLAIM = """
            select id, aggregateid, type, payload::text as payload, "timestamp", topic
            from outbox where published_at is null
            order by seq limit $1""";
    private static final String MARK_PUBLISHED = "update outbox set published_at = clock_timestamp() where id = any($1)";
    private static final String COUNT_FAILED_ATTEMPT = "update outbox set attempts = attempts + 1 where id = any($1)";
    private static final String PURGE = "delete from outbox where published_at < $1";
    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {
    };

    private final Pool pool;
    private final MutinyEmitter<Object> emitter;
    private final OutboxConfig config;
    private final URI source;
    private final ObjectMapper mapper = Events.objectMapper();
    private final AtomicInteger consecutiveFailures = new AtomicInteger();
    private final AtomicReference<Instant> pausedUntil = new AtomicReference<>(Instant.MIN);
    private final Counter published;
    private final Counter failedPasses;
    private final Clock clock;

    public OutboxRelay(Pool pool, @Channel("outbox") MutinyEmitter<Object> emitter, OutboxConfig config,
            @ConfigProperty(name = "letsconnect.service-name") String serviceName, MeterRegistry registry, Clock clock) {
        this.pool = pool;
        this.clock = clock;
        this.emitter = emitter;
        this.config = config;
        this.source = URI.create("/" + serviceName);
        this.published = Counter.builder("letsconnect.outbox.published")
                .description("Events published from the outbox").register(registry);
        this.failedPasses = Counter.builder("letsconnect.outbox.failed.passes")
                .description("Relay passes that failed, typically because the broker was unreachable")
                .register(registry);
    }

    @Scheduled(every = "${letsconnect.outbox.poll-interval:0.5s}", delayed = "${letsconnect.outbox.start-delay:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = RelayDisabled.class)
    Uni<Void> scheduledPass() {
        if (clock.instant().isBefore(pausedUntil.get())) {
            return Uni.createFrom().voidItem();
        }
        // deferred, so that a failure thrown while setting up a pass backs off like any other
        return Uni.createFrom().deferred(this::relayOnce)
                .invoke(count -> consecutiveFailures.set(0))
                .onFailure().invoke(this::backOff)
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    /**
     * Publishes one batch of pending events; answers how many were published (none when another replica's pass
     * holds the turn).
     */
    public Uni<Integer> relayOnce() {
        AtomicReference<UUID[]> claimed = new AtomicReference<>(new UUID[0]);
        return pool.withTransaction(connection -> connection.preparedQuery(TAKE_TURN).execute(Tuple.of(LOCK_KEY))
                .flatMap(turn -> turn.iterator().next().getBoolean("turn")
                        ? publishBatch(connection, claimed)
                        : Uni.createFrom().item(0)))
                // after the rollback, so operators can see events that keep failing
                .onFailure().call(() -> countFailedAttempt(claimed.get()));
    }

    /** Claims, publishes and marks the oldest pending events, in the transaction that holds the turn. */
    private Uni<Integer> publishBatch(SqlConnection connection, AtomicReference<UUID[]> claimed) {
        return connection.preparedQuery(CLAIM)
                .execute(Tuple.of(config.batchSize()))
                .flatMap(rows -> {
                    List<Row> pending = new ArrayList<>();
                    rows.forEach(pending::add);
                    if (pending.isEmpty()) {
                        return Uni.createFrom().item(0);
                    }
                    UUID[] ids = pending.stream().map(row -> row.getUUID("id")).toArray(UUID[]::new);
                    claimed.set(ids);
                    return publishInOrder(pending)
                            .flatMap(ignored -> connection.preparedQuery(MARK_PUBLISHED).execute(Tuple.of(ids)))
                            .invoke(() -> published.increment(ids.length))
                            .replaceWith(ids.length);
                });
    }

    /** Deletes published events older than the retention period, once an hour. */
    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> purgePublished() {
        OffsetDateTime cutoff = OffsetDateTime.now(clock).minus(config.retention());
        return pool.preparedQuery(PURGE).execute(Tuple.of(cutoff))
                .invoke(result -> Log.debugf("Outbox purge removed %d published events", result.rowCount()))
                .replaceWithVoid();
    }

    private Uni<Void> publishInOrder(List<Row> pending) {
        // Handing every record to the producer before waiting keeps commit order without paying one round trip
        // per event: the producer sends one partition's records in the order it was given them, and, being
        // idempotent (platform's channel settings), never lets a retried batch land after a later one.
        List<Uni<Void>> sends = pending.stream().map(this::send).toList();
        return Uni.join().all(sends).andFailFast().replaceWithVoid();
    }

    private Uni<Void> send(Row row) {
        String key = row.getString("aggregateid");
        String topic = row.getString("topic");
        OutgoingKafkaRecordMetadata<String> kafka = OutgoingKafkaRecordMetadata.<String> builder()
                .withTopic(topic).withKey(key).build();
        String payload = row.getString("payload");
        String type = row.getString("type");
        if (TOMBSTONE_TYPE.equals(type) || payload == null) {
            return emitter.sendMessage(Message.of(Record.of(key, null), Metadata.of(kafka)));
        }
        OutgoingCloudEventMetadata<Object> cloudEvent = OutgoingCloudEventMetadata.builder()
                .withId(row.getUUID("id").toString())
                .withType(type)
                .withSource(source)
                .withSubject(key)
                .withDataContentType("application/json")
                .withTimestamp(row.getOffsetDateTime("timestamp").toZonedDateTime())
                .build();
        return emitter.sendMessage(Message.of(parse(payload), Metadata.of(kafka, cloudEvent)));
    }

    private Map<String, Object> parse(String payload) {
        try {
            return mapper.readValue(payload, JSON_OBJECT);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Outbox payload is not a JSON object", e);
        }
    }

    private Uni<Void> countFailedAttempt(UUID[] ids) {
        if (ids.length == 0) {
            return Uni.createFrom().voidItem();
        }
        return pool.preparedQuery(COUNT_FAILED_ATTEMPT).execute(Tuple.of(ids))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    private void backOff(Throwable failure) {
        failedPasses.increment();
        int failures = consecutiveFailures.incrementAndGet();
        long millis = Math.min(config.maxBackoff().toMillis(),
                config.initialBackoff().toMillis() * (1L << Math.min(failures - 1, 20)));
        pausedUntil.set(clock.instant().plus(Duration.ofMillis(millis)));
        Log.warnf(failure, "Outbox relay pass failed (%d in a row); next attempt in %d ms", failures, millis);
    }

    /**
     * Skips relay passes on replicas configured not to relay, and until the application has started: the
     * scheduler starts before the messaging channels are connected, and the relay's emitter cannot exist earlier.
     */
    @ApplicationScoped
    public static class RelayDisabled implements Scheduled.SkipPredicate {
        private final OutboxConfig config;
        private volatile boolean started;

        public RelayDisabled(OutboxConfig config) {
            this.config = config;
        }

        // default priority: after the messaging extension's own start-up observer
        void onStart(@Observes StartupEvent event) {
            started = true;
        }

        @Override
        public boolean test(io.quarkus.scheduler.ScheduledExecution execution) {
            return !started || !config.relayEnabled();
        }
    }
}
