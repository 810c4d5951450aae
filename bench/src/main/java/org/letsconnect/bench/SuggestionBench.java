package org.letsconnect.bench;

import static org.letsconnect.bench.NotificationBench.say;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.letsconnect.bench.BenchSettings.SuggestionSizes;
import org.letsconnect.contracts.CloudEvent;
import org.letsconnect.contracts.EventType;
import org.letsconnect.contracts.Events;
import org.letsconnect.contracts.Topics;
import org.letsconnect.contracts.registry.ParticipantProfile;
import org.letsconnect.local.ServiceProcess;
import org.letsconnect.matching.suggestion.SharerStanding;
import org.letsconnect.testkit.DevIssuer;
import org.letsconnect.testkit.EventProbe;
import org.letsconnect.testkit.KafkaBroker;
import org.letsconnect.testkit.Postgres;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * matching-service's suggestions and candidate index (issue #12): the service as a process of its own from its
 * packaged application, testkit's PostgreSQL and a Kafka broker of this benchmark's own (so that no other benchmark's
 * participants share its topic). N profiles are published to the compacted {@code registry.participants.v1} (3
 * partitions) as registry-service publishes them ({@link SuggestionProfiles}); the service then starts and rebuilds its
 * index from the topic, measured from the process start to {@code /q/health/ready} UP, beside a plain
 * {@link KafkaConsumer} reading the same topic from its beginning to its end in this process. A few connections and
 * sharer rows are written to matching's tables with SQL, as the lifecycle would leave them, so the per-request queries
 * find rows. Then signed-in learners of the population ask for suggestions — for one of their skills to learn, and
 * without {@code skill} (all of them) — at each concurrency, beside {@code GET /api/v1/session} of the same service
 * (authenticated, trivial) at the same concurrency.
 */
final class SuggestionBench implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private static final int LIMIT = 10;
    /** {@code letsconnect.matching.connections.decline-cooldown} as the service ships it. */
    private static final Duration DECLINE_COOLDOWN = Duration.ofDays(30);

    private final BenchSettings settings;
    private final SuggestionSizes sizes;
    private final Path logDirectory;
    private final Path kafkaDirectory;
    private final Postgres postgres;
    private final KafkaBroker kafka;
    private final DevIssuer issuer;
    private final String database;
    private final int httpPort;
    private final List<ParticipantProfile> profiles = new ArrayList<>();
    /** What the seeded tables hold, as the service reads it: each sharer's standing, each learner's exclusions. */
    private final Map<String, SharerStanding> standings = new HashMap<>();
    private final Map<String, Set<String>> excluded = new HashMap<>();
    private ServiceProcess service;

    /** How the index was rebuilt, and the baselines' reads of the same topic. */
    record Rebuild(long records, int participants, Duration startToReady, Duration startToHttp, long rebuildMillis,
            Duration plainRead, Duration parsedRead, Duration seeding) {
    }

    /** One kind of request at one concurrency. */
    record Latency(String kind, int clients, int requests, Duration p50, Duration p95, Duration p99, double perSecond,
            double meanAnswered, int full) {
    }

    /** The three kinds at one concurrency. */
    record Run(int clients, Latency skill, Latency allSkills, Latency session) {
    }

    /** What the population holds, for the table's note. */
    record Population(int profiles, int available, int sharers, int learners, Map<String, Integer> regions,
            int connections, int sharerRows, String mostWanted, int mostWantedSharers) {
    }

    /** The ranking in this process, beside the plain way ({@link SuggestionRankingBench}). */
    record InProcess(SuggestionRankingBench.Figures skill, SuggestionRankingBench.Figures allSkills) {
    }

    record Results(SuggestionSizes sizes, Rebuild rebuild, List<Run> runs, InProcess inProcess,
            Population population) {
    }

    private SuggestionBench(BenchSettings settings) throws Exception {
        this.settings = settings;
        this.sizes = settings.suggestion();
        this.logDirectory = Files.createDirectories(settings.target().resolve("bench-logs"));
        say("suggestions: starting PostgreSQL, a Kafka broker of the benchmark's own and the token issuer");
        postgres = Postgres.shared();
        kafkaDirectory = Files.createTempDirectory("bench-suggestion-kafka");
        kafka = KafkaBroker.start(kafkaDirectory, 0);
        issuer = DevIssuer.shared();
        database = postgres.createDatabase("matching_bench");
        kafka.createTopic(Topics.REGISTRY_PARTICIPANTS, sizes.partitions(), true);
        kafka.createTopic(Topics.REGISTRY_ROLES, sizes.partitions(), true);
        for (String topic : List.of(Topics.CLINIC_EVENTS, Topics.MATCHING_EVENTS)) {
            kafka.createTopic(topic, sizes.partitions(), false);
        }
        httpPort = SmtpReceiverProcess.freePort();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> ProcessHandle.current().children()
                .forEach(ProcessHandle::destroyForcibly), "bench-suggestion-children"));
    }

    static Results run(BenchSettings settings) throws Exception {
        try (SuggestionBench bench = new SuggestionBench(settings)) {
            return bench.run();
        }
    }

    private Results run() throws Exception {
        Duration seeding = seedProfiles();
        long records = endOffsets().values().stream().mapToLong(Long::longValue).sum();
        say("baseline: a plain KafkaConsumer reads the " + records + " records from the beginning");
        Duration plainRead = readTopic(false);
        Duration parsedRead = readTopic(true);

        say("starting matching-service; it rebuilds its candidate index from the topic");
        Instant launched = Instant.now();
        service = ServiceProcess.launch("matching-service", settings.repository(),
                logDirectory.resolve("matching-service.log"), environment());
        Duration startToHttp = null;
        JsonNode index;
        Instant deadline = launched.plus(Duration.ofSeconds(180 + sizes.profiles() / 200));
        while (true) {
            JsonNode health = readiness();
            if (health != null && startToHttp == null) {
                startToHttp = Duration.between(launched, Instant.now());
            }
            index = health == null ? null : candidateIndex(health);
            if (index != null && "UP".equals(index.path("status").asText())) {
                break;
            }
            if (!service.isAlive() || Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("matching-service did not get ready"
                        + (service.isAlive() ? "" : " (it exited with " + service.process().exitValue() + ")")
                        + "; see " + service.logFile() + (index == null ? "" : "; last candidate-index check: " + index));
            }
            Thread.sleep(20);
        }
        Duration startToReady = Duration.between(launched, Instant.now());
        int participants = index.path("data").path("participants").asInt();
        if (participants != sizes.profiles()) {
            throw new IllegalStateException("The candidate index holds " + participants + " participants, expected "
                    + sizes.profiles());
        }
        Rebuild rebuild = new Rebuild(records, participants, startToReady, startToHttp,
                index.path("data").path("rebuildMillis").asLong(), plainRead, parsedRead, seeding);
        say("ready after " + startToReady.toMillis() + " ms (rebuildMillis " + rebuild.rebuildMillis() + ")");

        int[] seeded = seedConnections();
        List<Call> skill = calls(sizes.requests(), true, 1);
        List<Call> all = calls(sizes.requests(), false, 2);
        say("warm-up: " + sizes.warmUp() + " requests of each kind");
        int warmUpClients = sizes.clients().isEmpty() ? 4 : sizes.clients().get(0);
        measure("warm-up", calls(sizes.warmUp(), true, 3), warmUpClients, Kind.SUGGESTIONS);
        measure("warm-up", calls(sizes.warmUp(), false, 4), warmUpClients, Kind.SUGGESTIONS);
        measure("warm-up", calls(sizes.warmUp(), true, 5), warmUpClients, Kind.SESSION);
        List<Run> runs = new ArrayList<>();
        for (int clients : sizes.clients()) {
            say("measuring at " + clients + " clients: " + sizes.requests() + " requests of each kind");
            Latency session = measure("session", skill, clients, Kind.SESSION);
            Latency withSkill = measure("skill", skill, clients, Kind.SUGGESTIONS);
            Latency allSkills = measure("all skills", all, clients, Kind.SUGGESTIONS);
            runs.add(new Run(clients, withSkill, allSkills, session));
        }
        say("the ranking in this process, one thread, beside the plain way (every related sharer scored and sorted)");
        SuggestionRankingBench inProcess = new SuggestionRankingBench(profiles, standings, excluded, Instant.now());
        InProcess ranked = new InProcess(inProcess.measure(calls(sizes.warmUp(), true, 3), skill, LIMIT),
                inProcess.measure(calls(sizes.warmUp(), false, 4), all, LIMIT));
        say(String.format(java.util.Locale.ROOT, "in process: ?skill= p50 %.2f ms, p99 %.2f ms (plain p99 %.2f ms)",
                ranked.skill().p50().toNanos() / 1e6, ranked.skill().p99().toNanos() / 1e6,
                ranked.skill().plainP99().toNanos() / 1e6));
        return new Results(sizes, rebuild, runs, ranked, population(seeded));
    }

    // --- the service --------------------------------------------------------------------------------------------

    private Map<String, String> environment() {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("QUARKUS_PROFILE", "local");
        environment.put("QUARKUS_HTTP_PORT", Integer.toString(httpPort));
        environment.put("QUARKUS_DATASOURCE_REACTIVE_URL", postgres.reactiveUrl(database));
        environment.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(database));
        environment.put("QUARKUS_DATASOURCE_USERNAME", postgres.username());
        environment.put("QUARKUS_DATASOURCE_PASSWORD", postgres.password());
        environment.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        environment.put("QUARKUS_OIDC_AUTH_SERVER_URL", issuer.issuerUrl());
        // a profile of the service while it answers: -Dbench.suggestion.jfr=true (the recording lands in the logs)
        if (Boolean.getBoolean("bench.suggestion.jfr")) {
            environment.put("JAVA_TOOL_OPTIONS", "-XX:StartFlightRecording=filename="
                    + logDirectory.resolve("matching-service.jfr") + ",settings=profile");
        }
        return environment;
    }

    /** The readiness document, or null while the service does not answer HTTP. */
    private JsonNode readiness() {
        try {
            HttpRequest request = HttpRequest.newBuilder(uri("/q/health/ready")).timeout(Duration.ofSeconds(2))
                    .build();
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return Events.objectMapper().readTree(response.body());
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static JsonNode candidateIndex(JsonNode health) {
        for (JsonNode check : health.path("checks")) {
            if ("candidate-index".equals(check.path("name").asText())) {
                return check;
            }
        }
        return null;
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + httpPort + path);
    }

    // --- data ----------------------------------------------------------------------------------------------------

    /** Publishes the population as registry-service would; answers how long the producer took. */
    private Duration seedProfiles() {
        say("publishing " + sizes.profiles() + " profiles to " + Topics.REGISTRY_PARTICIPANTS + " ("
                + sizes.partitions() + " partitions, compacted)");
        SuggestionProfiles population = new SuggestionProfiles(sizes.seed());
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        List<Header> headers = new ArrayList<>();
        EventProbe.STRUCTURED.forEach((name, value) -> headers.add(new RecordHeader(name,
                value.getBytes(StandardCharsets.UTF_8))));
        Instant start = Instant.now();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            for (int i = 0; i < sizes.profiles(); i++) {
                ParticipantProfile profile = population.next(i, sizes.seed());
                profiles.add(profile);
                EventType type = EventType.PARTICIPANT_REGISTERED;
                // every event as a service writes it; one in 50 (and the first 500) also checked against its schema,
                // which costs more than the rest of the seeding
                String event = i < 500 || i % 50 == 0
                        ? EventProbe.cloudEvent(UUID.randomUUID().toString(), type, profile)
                        : Events.toJson(CloudEvent.of(type, UUID.randomUUID().toString(), type.aggregateId(profile),
                                Instant.now(), profile));
                producer.send(new ProducerRecord<>(type.topic(), null, profile.participantId(), event, headers));
            }
            producer.flush();
        }
        return Duration.between(start, Instant.now());
    }

    /**
     * Writes connections as the lifecycle would leave them: learners of the population with sharers who share one of
     * their skills to learn; most active (accepted, scheduled), some requested, some declined within the decline window,
     * and a sharer row for each sharer with answered and expired requests (a few paused or away). Answers the number of
     * connections and sharer rows.
     */
    private int[] seedConnections() throws SQLException {
        Random random = new Random(sizes.seed() + 7);
        List<ParticipantProfile> sharers = profiles.stream()
                .filter(p -> p.availableForConnections() && !p.skillsToShare().isEmpty()).toList();
        if (sharers.isEmpty() || sizes.connections() <= 0) {
            return new int[] { 0, 0 };
        }
        Instant now = Instant.now();
        Map<String, Integer> received = new HashMap<>();
        Map<String, Integer> active = new HashMap<>();
        int connections = 0;
        try (Connection connection = postgres.connect(database)) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("insert into connection (id, learner_id,"
                    + " sharer_id, skill, state, origin, requested_at, answered_at, updated_at)"
                    + " values (?, ?, ?, ?, ?, 'requested', ?, ?, ?)")) {
                for (int i = 0; i < sizes.connections(); i++) {
                    ParticipantProfile sharer = sharers.get(random.nextInt(sharers.size()));
                    ParticipantProfile learner = profiles.get(random.nextInt(profiles.size()));
                    if (learner.participantId().equals(sharer.participantId())) {
                        continue;
                    }
                    double pick = random.nextDouble();
                    String state = pick < 0.5 ? "accepted"
                            : pick < 0.7 ? "scheduled"
                                    : pick < 0.9 ? "requested"
                                            : "declined";
                    Instant requested = now.minus(Duration.ofHours(1 + random.nextInt(24 * 60)));
                    insert.setObject(1, UUID.randomUUID());
                    insert.setObject(2, UUID.fromString(learner.participantId()));
                    insert.setObject(3, UUID.fromString(sharer.participantId()));
                    insert.setString(4, sharer.skillsToShare().get(random.nextInt(sharer.skillsToShare().size())));
                    insert.setString(5, state);
                    insert.setTimestamp(6, Timestamp.from(requested));
                    insert.setTimestamp(7, state.equals("requested") ? null : Timestamp.from(requested.plusSeconds(3600)));
                    insert.setTimestamp(8, Timestamp.from(requested.plusSeconds(3600)));
                    insert.addBatch();
                    received.merge(sharer.participantId(), 1, Integer::sum);
                    if (state.equals("accepted") || state.equals("scheduled")) {
                        active.merge(sharer.participantId(), 1, Integer::sum);
                    }
                    // as the service reads them: both sides of an open connection, a decline within the cooldown
                    if (!state.equals("declined")) {
                        excluded.computeIfAbsent(sharer.participantId(), id -> new HashSet<>())
                                .add(learner.participantId());
                    }
                    if (!state.equals("declined") || requested.plusSeconds(3600).isAfter(now.minus(DECLINE_COOLDOWN))) {
                        excluded.computeIfAbsent(learner.participantId(), id -> new HashSet<>())
                                .add(sharer.participantId());
                    }
                    connections++;
                }
                insert.executeBatch();
            }
            try (PreparedStatement insert = connection.prepareStatement("insert into sharer (participant_id,"
                    + " paused_until, away_since, requests_received, requests_answered, requests_expired, updated_at)"
                    + " values (?, ?, ?, ?, ?, ?, ?)")) {
                for (Map.Entry<String, Integer> sharer : received.entrySet()) {
                    double pick = random.nextDouble();
                    int expired = random.nextInt(3);
                    Instant pausedUntil = pick < 0.03 ? now.plus(Duration.ofDays(14)) : null;
                    Instant awaySince = pick > 0.98 ? now.minus(Duration.ofDays(3)) : null;
                    standings.put(sharer.getKey(), new SharerStanding(sharer.getKey(),
                            active.getOrDefault(sharer.getKey(), 0), pausedUntil, awaySince, sharer.getValue(),
                            expired));
                    insert.setObject(1, UUID.fromString(sharer.getKey()));
                    insert.setTimestamp(2, pausedUntil == null ? null : Timestamp.from(pausedUntil));
                    insert.setTimestamp(3, awaySince == null ? null : Timestamp.from(awaySince));
                    insert.setInt(4, sharer.getValue() + expired);
                    insert.setInt(5, sharer.getValue());
                    insert.setInt(6, expired);
                    insert.setTimestamp(7, Timestamp.from(now));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            connection.commit();
            try (PreparedStatement analyze = connection.prepareStatement("analyze connection, sharer")) {
                analyze.execute();
            }
        }
        say("wrote " + connections + " connections and " + received.size() + " sharer rows");
        return new int[] { connections, received.size() };
    }

    private Population population(int[] seeded) {
        Map<String, Integer> regions = new LinkedHashMap<>();
        Map<String, Integer> wanted = new HashMap<>();
        Map<String, Integer> offered = new HashMap<>();
        int available = 0;
        int sharers = 0;
        for (ParticipantProfile profile : profiles) {
            regions.merge(profile.region(), 1, Integer::sum);
            if (profile.availableForConnections()) {
                available++;
                if (!profile.skillsToShare().isEmpty()) {
                    sharers++;
                    profile.skillsToShare().forEach(skill -> offered.merge(skill, 1, Integer::sum));
                }
            }
            profile.skillsToLearn().forEach(skill -> wanted.merge(skill, 1, Integer::sum));
        }
        String mostWanted = wanted.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse("");
        Map<String, Integer> sorted = new LinkedHashMap<>();
        regions.entrySet().stream().sorted(Map.Entry.<String, Integer> comparingByValue().reversed())
                .forEach(entry -> sorted.put(entry.getKey(), entry.getValue()));
        return new Population(profiles.size(), available, sharers,
                (int) profiles.stream().filter(p -> !p.skillsToLearn().isEmpty()).count(), sorted, seeded[0],
                seeded[1], mostWanted, offered.getOrDefault(mostWanted, 0));
    }

    // --- the baseline: the same topic read by a plain consumer -----------------------------------------------------

    private Map<TopicPartition, Long> endOffsets() {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.REGISTRY_PARTICIPANTS).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            return consumer.endOffsets(partitions);
        }
    }

    /**
     * Reads every partition of the topic from its beginning to the end offsets it has now, as the candidate feed does
     * (assigned, no group); with {@code parse}, each value is also read as a CloudEvent with its profile
     * ({@link Events#read}), as the feed does before it keeps the candidate.
     */
    private Duration readTopic(boolean parse) {
        Instant start = Instant.now();
        long read = 0;
        long parsed = 0;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.REGISTRY_PARTICIPANTS).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    read++;
                    if (parse && Events.read(record.value()).data() instanceof ParticipantProfile) {
                        parsed++;
                    }
                }
            }
        }
        Duration took = Duration.between(start, Instant.now());
        if (read < sizes.profiles() || parse && parsed != read) {
            throw new IllegalStateException("The baseline read " + read + " records (" + parsed + " profiles), expected "
                    + sizes.profiles());
        }
        say("baseline " + (parse ? "read and parsed " : "read ") + read + " records in " + took.toMillis() + " ms");
        return took;
    }

    private Map<String, Object> consumerConfig() {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "bench-baseline-" + UUID.randomUUID());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return config;
    }

    // --- requests --------------------------------------------------------------------------------------------------

    enum Kind {
        SUGGESTIONS,
        SESSION
    }

    /** One request: the learner, the skill asked for (null: all their skills) and their token. */
    record Call(ParticipantProfile learner, String skill, String token) {
    }

    /** Requests of learners drawn from the population (fixed seed), each asking for one of their skills or all. */
    private List<Call> calls(int count, boolean withSkill, int stream) {
        Random random = new Random(sizes.seed() * 31 + stream);
        Map<String, String> tokens = new HashMap<>();
        List<Call> calls = new ArrayList<>(count);
        while (calls.size() < count) {
            ParticipantProfile learner = profiles.get(random.nextInt(profiles.size()));
            if (learner.skillsToLearn().isEmpty()) {
                continue;
            }
            String skill = withSkill ? learner.skillsToLearn().get(random.nextInt(learner.skillsToLearn().size()))
                    : null;
            String token = tokens.computeIfAbsent(learner.username(), issuer::token);
            calls.add(new Call(learner, skill, token));
        }
        return calls;
    }

    /**
     * Sends the calls from {@code clients} threads at once, each taking the next call when its last one answered;
     * latency from sending to the whole body received. Every answer must be right: 200, and for suggestions at most
     * {@link #LIMIT}, best first, none the learner themself, each a sharer of the population who takes connections.
     */
    private Latency measure(String label, List<Call> calls, int clients, Kind kind) throws Exception {
        long[] nanos = new long[calls.size()];
        int[] answered = new int[calls.size()];
        AtomicInteger next = new AtomicInteger();
        Map<String, ParticipantProfile> byId = new HashMap<>();
        profiles.forEach(profile -> byId.put(profile.participantId(), profile));
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long started = System.nanoTime();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                running.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < calls.size(); i = next.getAndIncrement()) {
                        Call call = calls.get(i);
                        HttpRequest request = HttpRequest.newBuilder(uri(path(call, kind)))
                                .header("Authorization", "Bearer " + call.token())
                                .header("Accept-Language", call.learner().notificationLanguage())
                                .timeout(Duration.ofSeconds(30)).build();
                        long sent = System.nanoTime();
                        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                        nanos[i] = System.nanoTime() - sent;
                        if (response.statusCode() != 200) {
                            throw new IllegalStateException(label + ": " + request.uri() + " answered "
                                    + response.statusCode() + ": " + response.body());
                        }
                        answered[i] = kind == Kind.SUGGESTIONS ? check(call, response.body(), byId) : 0;
                    }
                    return null;
                }));
            }
            for (Future<?> future : running) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        long took = System.nanoTime() - started;
        long[] sorted = nanos.clone();
        java.util.Arrays.sort(sorted);
        double mean = java.util.Arrays.stream(answered).average().orElse(0);
        int full = (int) java.util.Arrays.stream(answered).filter(n -> n == LIMIT).count();
        Latency latency = new Latency(label, clients, calls.size(), percentile(sorted, 50), percentile(sorted, 95),
                percentile(sorted, 99), calls.size() / (took / 1e9), mean, full);
        if (!label.equals("warm-up")) {
            say(String.format(java.util.Locale.ROOT, "%s at %d clients: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, %.0f/s",
                    label, clients, latency.p50().toNanos() / 1e6, latency.p95().toNanos() / 1e6,
                    latency.p99().toNanos() / 1e6, latency.perSecond()));
        }
        return latency;
    }

    private static String path(Call call, Kind kind) {
        if (kind == Kind.SESSION) {
            return "/api/v1/session";
        }
        return "/api/v1/suggestions?limit=" + LIMIT + (call.skill() == null ? "" : "&skill=" + call.skill());
    }

    /** Checks one answer; answers how many suggestions it held. */
    private static int check(Call call, String body, Map<String, ParticipantProfile> byId) throws IOException {
        JsonNode suggestions = Events.objectMapper().readTree(body).path("suggestions");
        if (!suggestions.isArray() || suggestions.size() > LIMIT) {
            throw new IllegalStateException("Not a list of at most " + LIMIT + " suggestions: " + body);
        }
        int last = Integer.MAX_VALUE;
        for (JsonNode suggestion : suggestions) {
            int score = suggestion.path("score").asInt(-1);
            ParticipantProfile sharer = byId.get(suggestion.path("participantId").asText());
            if (score < 0 || score > last || sharer == null || sharer.participantId().equals(
                    call.learner().participantId()) || !sharer.availableForConnections()) {
                throw new IllegalStateException("A wrong suggestion for " + call.learner().participantId() + " ("
                        + call.skill() + "): " + suggestion);
            }
            last = score;
        }
        return suggestions.size();
    }

    static Duration percentile(long[] sorted, int percent) {
        if (sorted.length == 0) {
            return Duration.ZERO;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return Duration.ofNanos(sorted[Math.max(0, rank - 1)]);
    }

    /** Writes the service's flight recording: a SIGKILL would lose it. */
    private void dumpRecording() throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Path recording = logDirectory.resolve("matching-service.jfr");
        Process dump = new ProcessBuilder(jcmd.toString(), Long.toString(service.process().pid()), "JFR.dump",
                "filename=" + recording).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (dump.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            say("the service's flight recording: " + recording);
        }
    }

    @Override
    public void close() throws Exception {
        if (service != null) {
            if (Boolean.getBoolean("bench.suggestion.jfr") && service.isAlive()) {
                dumpRecording();
            }
            service.kill(); // its database and broker are thrown away: no need for a graceful shutdown
        }
        kafka.close();
        try (Stream<Path> files = Files.walk(kafkaDirectory)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        }
    }
}
