package org.letsconnect.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.junit.jupiter.api.Test;
import org.letsconnect.testkit.InjectInfrastructure;
import org.letsconnect.testkit.KafkaBroker;
import org.letsconnect.testkit.WithTestInfrastructure;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Two replicas relaying the same outbox at once, one of them with a slow broker connection: each aggregate's
 * events still reach Kafka in commit order. The application's own relay is off; the test runs both replicas'
 * passes itself, in small batches, so that they would interleave if both could publish at the same time.
 */
@QuarkusTest
@WithTestInfrastructure
@TestProfile(OutboxRelayReplicasTest.TwoReplicas.class)
class OutboxRelayReplicasTest {

    /** Relaying is left to the test; small batches make many passes. */
    public static class TwoReplicas implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("letsconnect.outbox.relay-enabled", "false", "letsconnect.outbox.batch-size", "10");
        }
    }

    private static final String TOPIC = "test.outbox-order.v1";
    private static final int EVENTS = 120;
    private static final int AGGREGATES = 3;
    /** How long the slow replica's broker takes to accept a record: far longer than a fast replica's pass. */
    private static final Duration SLOW_SEND = Duration.ofMillis(150);

    @InjectInfrastructure
    KafkaBroker kafka;
    private final ObjectMapper mapper = new ObjectMapper();

    @Inject
    Pool pool;
    @Inject
    OutboxRelay replica;
    @Inject
    OutboxConfig config;
    @Inject
    Clock clock;
    @Inject
    @Channel("outbox")
    MutinyEmitter<Object> emitter;
    @ConfigProperty(name = "letsconnect.service-name")
    String serviceName;

    @Test
    void eachAggregatesEventsArriveInCommitOrderWhileTwoReplicasRelay() throws Exception {
        kafka.createTopic(TOPIC, 1, false);
        String run = UUID.randomUUID().toString();
        Map<String, Long> seqById = writeInterleavedEvents(run);

        ScheduledExecutorService slowBroker = Executors.newSingleThreadScheduledExecutor();
        ExecutorService replicas = Executors.newFixedThreadPool(2);
        try {
            OutboxRelay slowReplica = new OutboxRelay(pool, delayedSends(emitter, slowBroker), config, serviceName,
                    new SimpleMeterRegistry(), clock);
            CyclicBarrier start = new CyclicBarrier(2);
            Future<Integer> fast = replicas.submit(relayUntilDone(replica, start));
            Future<Integer> slow = replicas.submit(relayUntilDone(slowReplica, start));
            assertEquals(EVENTS, fast.get(60, TimeUnit.SECONDS) + slow.get(60, TimeUnit.SECONDS),
                    "every event published once");
        } finally {
            replicas.shutdownNow();
            slowBroker.shutdownNow();
        }

        Map<String, List<Long>> seqsByKey = new LinkedHashMap<>();
        List<ConsumerRecord<String, String>> records = kafka.awaitRecords(TOPIC, EVENTS, Duration.ofSeconds(30))
                .stream().filter(record -> record.key().startsWith(run)).toList();
        for (ConsumerRecord<String, String> record : records) {
            String id = mapper.readTree(record.value()).path("id").asText();
            seqsByKey.computeIfAbsent(record.key(), key -> new ArrayList<>()).add(seqById.get(id));
        }
        assertEquals(EVENTS, records.size(), "records on the topic");
        seqsByKey.forEach((key, seqs) -> {
            for (int i = 1; i < seqs.size(); i++) {
                if (seqs.get(i) <= seqs.get(i - 1)) {
                    fail("Events of " + key + " out of commit order: seq " + seqs.get(i) + " arrived after seq "
                            + seqs.get(i - 1) + "; arrival order " + seqs);
                }
            }
        });
    }

    /** Writes the events of a few aggregates in turn, and answers each event's place in commit order. */
    private Map<String, Long> writeInterleavedEvents(String run) {
        pool.preparedQuery("""
                insert into outbox (id, aggregatetype, aggregateid, type, payload, topic)
                select gen_random_uuid(), 'test', $1 || '-' || (step % $2), 'org.letsconnect.test.step.v1',
                       jsonb_build_object('step', step), $3
                from generate_series(1, $4) as step""")
                .execute(Tuple.of(run, AGGREGATES, TOPIC, EVENTS)).await().atMost(Duration.ofSeconds(30));
        Map<String, Long> seqById = new HashMap<>();
        for (Row row : pool.preparedQuery("select id, seq from outbox where aggregateid like $1 || '-%'")
                .execute(Tuple.of(run)).await().atMost(Duration.ofSeconds(30))) {
            seqById.put(row.getUUID("id").toString(), row.getLong("seq"));
        }
        assertEquals(EVENTS, seqById.size());
        return seqById;
    }

    /**
     * One replica's relay loop: a pass every few milliseconds (a replica whose turn is taken publishes nothing) until
     * nothing is left to publish; answers how many it published.
     */
    private Callable<Integer> relayUntilDone(OutboxRelay relay, CyclicBarrier start) {
        return () -> {
            start.await();
            AtomicInteger published = new AtomicInteger();
            Awaitility.await("the outbox relayed").atMost(Duration.ofSeconds(60)).pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(5)).until(() -> {
                        published.addAndGet(relay.relayOnce().await().atMost(Duration.ofSeconds(30)));
                        return unpublished() == 0;
                    });
            return published.get();
        };
    }

    private long unpublished() {
        return pool.preparedQuery("select count(*) from outbox where published_at is null and topic = $1")
                .execute(Tuple.of(TOPIC)).await().atMost(Duration.ofSeconds(30)).iterator().next().getLong(0);
    }

    /** The emitter of a replica whose broker takes {@link #SLOW_SEND} to accept each record, in the given order. */
    @SuppressWarnings("unchecked")
    private static MutinyEmitter<Object> delayedSends(MutinyEmitter<Object> emitter, ScheduledExecutorService broker) {
        return (MutinyEmitter<Object>) Proxy.newProxyInstance(MutinyEmitter.class.getClassLoader(),
                new Class<?>[] { MutinyEmitter.class }, (proxy, method, arguments) -> {
                    if (!method.getName().equals("sendMessage")) {
                        return invoke(method, emitter, arguments);
                    }
                    // one thread, equal delays: the records reach the emitter in the order the relay sent them
                    return Uni.createFrom().voidItem().onItem().delayIt().onExecutor(broker).by(SLOW_SEND)
                            .flatMap(ignored -> (Uni<Void>) invoke(method, emitter, arguments));
                });
    }

    private static Object invoke(java.lang.reflect.Method method, Object target, Object[] arguments) {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
