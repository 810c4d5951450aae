package org.letsconnect.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.utils.Time;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;

/**
 * A real Apache Kafka broker running in this JVM in KRaft combined mode (one node that is broker and
 * controller), plus a few client helpers for tests. Listens on {@code localhost:port} (PLAINTEXT).
 */
public final class KafkaBroker implements AutoCloseable {

    private static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(30);

    private final Path logDirectory;
    private final int port;
    private final int controllerPort;
    private final int nodeId;
    private final boolean temporary;
    private final Object foreign; // the real broker when this instance is attached from another class loader
    private KafkaRaftServer server;
    private KafkaProducer<String, String> producer;
    private Admin admin;
    private boolean closed;

    private KafkaBroker(Path logDirectory, int port, int controllerPort, int nodeId, boolean temporary,
            Object foreign) {
        this.logDirectory = logDirectory;
        this.port = port;
        this.controllerPort = controllerPort;
        this.nodeId = nodeId;
        this.temporary = temporary;
        this.foreign = foreign;
    }

    /** The JVM's test broker: started on first use on a free port with a temporary log directory. */
    public static KafkaBroker shared() {
        return Shared.get("kafka", KafkaBroker.class, () -> {
            try {
                KafkaBroker broker = create(Files.createTempDirectory("testkit-kafka"), 0, true);
                Shared.onShutdown("kafka", broker::close);
                return broker;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, foreign -> new KafkaBroker(null, (Integer) Shared.call(foreign, "port"), 0, 0, false, foreign));
    }

    /**
     * A broker keeping its data in {@code logDirectory}: formatted on first start (when it holds no
     * {@code meta.properties}), reused afterwards.
     *
     * @param port the client port, or 0 for a free one
     */
    public static KafkaBroker start(Path logDirectory, int port) {
        return create(logDirectory, port, false);
    }

    private static KafkaBroker create(Path logDirectory, int port, boolean temporary) {
        QuietLogging.apply();
        guardAgainstExit();
        try {
            Files.createDirectories(logDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Integer formattedNode = formattedNodeId(logDirectory);
        int nodeId = formattedNode != null ? formattedNode : Shared.next("kafka.node-id");
        KafkaBroker broker = new KafkaBroker(logDirectory, port == 0 ? Shared.freePort() : port, Shared.freePort(),
                nodeId, temporary, null);
        if (formattedNode == null) {
            broker.withOwnClassLoader(broker::format);
        }
        broker.startServer();
        return broker;
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    public int port() {
        return port;
    }

    /** Whether the broker is running (false between {@link #stop()} and {@link #restart()}). */
    public synchronized boolean isRunning() {
        if (foreign != null) {
            return (Boolean) Shared.call(foreign, "isRunning");
        }
        return server != null;
    }

    /** Stops the broker, keeping its data; clients see an outage until {@link #restart()}. */
    public synchronized void stop() {
        if (foreign != null) {
            Shared.call(foreign, "stop");
            return;
        }
        if (server == null) {
            return;
        }
        KafkaRaftServer running = server;
        server = null;
        running.shutdown();
        running.awaitShutdown();
    }

    /** Starts the broker again on the same ports with the same data (stops it first if it is running). */
    public synchronized void restart() {
        if (foreign != null) {
            Shared.call(foreign, "restart");
            return;
        }
        if (closed) {
            throw new IllegalStateException("closed");
        }
        stop();
        startServer();
    }

    /**
     * Creates a topic unless it exists, with replication factor 1; {@code compacted} sets
     * {@code cleanup.policy=compact}. Returns once the broker knows the topic.
     */
    public void createTopic(String name, int partitions, boolean compacted) {
        NewTopic topic = new NewTopic(name, partitions, (short) 1);
        if (compacted) {
            topic.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
        }
        try {
            admin().createTopics(List.of(topic)).all().get(CLIENT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("Could not create topic " + name, e.getCause());
            }
        } catch (TimeoutException e) {
            throw new IllegalStateException("Timed out creating topic " + name, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        Instant deadline = Instant.now().plus(CLIENT_TIMEOUT);
        try (KafkaConsumer<String, String> consumer = consumer()) {
            if (partitionsOf(consumer, name, deadline).isEmpty()) {
                throw new IllegalStateException("Topic " + name + " was created but does not show in metadata");
            }
        }
    }

    /** An admin client for this broker, kept open until {@link #close()}. */
    public synchronized Admin admin() {
        if (admin == null) {
            Properties properties = new Properties();
            properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
            properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) CLIENT_TIMEOUT.toMillis());
            admin = Admin.create(properties);
        }
        return admin;
    }

    /**
     * Everything on {@code topic} from the beginning that arrives within {@code wait} (always waits the full
     * duration), read by a fresh consumer without a group. Empty when the topic does not exist.
     */
    public List<ConsumerRecord<String, String>> readAll(String topic, Duration wait) {
        return readUntil(topic, records -> false, wait);
    }

    /**
     * Reads {@code topic} from the beginning until {@code enough} holds for what was read and the consumer has
     * caught up with the end of the topic, or until {@code timeout} has passed; answers what was read either way.
     * Returns as soon as the condition holds (unlike {@link #readAll}, which always waits).
     */
    public List<ConsumerRecord<String, String>> readUntil(String topic,
            Predicate<List<ConsumerRecord<String, String>>> enough, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions = partitionsOf(consumer, topic, deadline);
            if (partitions.isEmpty()) {
                return records;
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Duration left;
            while (!(left = Duration.between(Instant.now(), deadline)).isNegative() && !left.isZero()) {
                consumer.poll(min(left, Duration.ofMillis(200))).forEach(records::add);
                if (enough.test(records) && caughtUp(consumer, partitions)) {
                    break;
                }
            }
        }
        return records;
    }

    /**
     * Reads {@code topic} from the beginning until at least {@code atLeast} records are there, and returns them all.
     *
     * @throws AssertionError listing what was seen when fewer arrive within {@code timeout}
     */
    public List<ConsumerRecord<String, String>> awaitRecords(String topic, int atLeast, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions = partitionsOf(consumer, topic, deadline);
            if (!partitions.isEmpty()) {
                consumer.assign(partitions);
                consumer.seekToBeginning(partitions);
                Duration left;
                while (records.size() < atLeast
                        && !(left = Duration.between(Instant.now(), deadline)).isNegative() && !left.isZero()) {
                    consumer.poll(min(left, Duration.ofMillis(200))).forEach(records::add);
                }
            }
        }
        if (records.size() < atLeast) {
            throw new AssertionError("Expected at least " + atLeast + " records on " + topic + " within " + timeout
                    + " but saw " + records.size() + records.stream()
                            .map(r -> "\n  partition " + r.partition() + " offset " + r.offset() + " key=" + r.key()
                                    + " value=" + r.value())
                            .collect(Collectors.joining()));
        }
        return records;
    }

    /** Sends one record and waits until the broker has acknowledged it ({@code acks=all}). */
    public void send(String topic, String key, String value, Map<String, String> headers) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
        if (headers != null) {
            headers.forEach((name, headerValue) -> record.headers().add(name,
                    headerValue == null ? null : headerValue.getBytes(StandardCharsets.UTF_8)));
        }
        try {
            producer().send(record).get(CLIENT_TIMEOUT.toMillis() + 5000, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not send to " + topic, e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("Timed out sending to " + topic, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Closes the clients and stops the broker; a temporary log directory is deleted. On an instance
     * shared from another class loader only the clients are closed.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (producer != null) {
            producer.close(Duration.ofSeconds(2));
            producer = null;
        }
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
            admin = null;
        }
        if (foreign != null) {
            return;
        }
        stop();
        if (temporary) {
            deleteRecursively(logDirectory);
        }
    }

    private synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            Properties properties = new Properties();
            properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
            properties.put(ProducerConfig.ACKS_CONFIG, "all");
            properties.put(ProducerConfig.LINGER_MS_CONFIG, 0);
            properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) CLIENT_TIMEOUT.toMillis());
            properties.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
            properties.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) CLIENT_TIMEOUT.toMillis());
            producer = new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer());
        }
        return producer;
    }

    private KafkaConsumer<String, String> consumer() {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        return new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer());
    }

    /** Whether the consumer has read everything committed so far ({@code read_committed}: up to the stable offset). */
    private static boolean caughtUp(KafkaConsumer<String, String> consumer, List<TopicPartition> partitions) {
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, CLIENT_TIMEOUT);
        return partitions.stream().allMatch(p -> consumer.position(p, CLIENT_TIMEOUT) >= ends.get(p));
    }

    private static List<TopicPartition> partitionsOf(KafkaConsumer<String, String> consumer, String topic,
            Instant deadline) {
        while (true) {
            Duration left = Duration.between(Instant.now(), deadline);
            List<PartitionInfo> infos;
            try {
                infos = consumer.partitionsFor(topic, min(left.isNegative() ? Duration.ZERO : left,
                        Duration.ofSeconds(5)));
            } catch (org.apache.kafka.common.errors.TimeoutException e) {
                infos = List.of();
            }
            if (infos != null && !infos.isEmpty()) {
                return infos.stream().map(info -> new TopicPartition(topic, info.partition())).toList();
            }
            if (Duration.between(Instant.now(), deadline).toMillis() <= 0) {
                return List.of();
            }
            sleep(100);
        }
    }

    private Properties serverProperties() {
        Properties properties = new Properties();
        properties.put("process.roles", "broker,controller");
        properties.put("node.id", Integer.toString(nodeId));
        properties.put("controller.quorum.voters", nodeId + "@localhost:" + controllerPort);
        properties.put("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
        properties.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
        properties.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        properties.put("controller.listener.names", "CONTROLLER");
        properties.put("inter.broker.listener.name", "PLAINTEXT");
        properties.put("log.dirs", logDirectory.toAbsolutePath().toString());
        properties.put("num.partitions", "1");
        properties.put("default.replication.factor", "1");
        properties.put("min.insync.replicas", "1");
        properties.put("auto.create.topics.enable", "true");
        properties.put("offsets.topic.replication.factor", "1");
        properties.put("offsets.topic.num.partitions", "5");
        properties.put("transaction.state.log.replication.factor", "1");
        properties.put("transaction.state.log.min.isr", "1");
        properties.put("transaction.state.log.num.partitions", "5");
        properties.put("share.coordinator.state.topic.replication.factor", "1");
        properties.put("share.coordinator.state.topic.min.isr", "1");
        properties.put("group.initial.rebalance.delay.ms", "0");
        properties.put("log.cleaner.backoff.ms", "1000");
        return properties;
    }

    private void format() {
        Path config = null;
        try {
            config = Files.createTempFile("testkit-kafka-server", ".properties");
            try (OutputStream out = Files.newOutputStream(config)) {
                serverProperties().store(out, "testkit broker");
            }
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            int exitCode;
            try (PrintStream print = new PrintStream(output, true, StandardCharsets.UTF_8)) {
                // StorageTool.main would exit the JVM; execute returns the exit code
                exitCode = kafka.tools.StorageTool$.MODULE$.execute(new String[] { "format", "--config",
                        config.toString(), "--cluster-id", Uuid.randomUuid().toString(), "--ignore-formatted" },
                        print);
            }
            if (exitCode != 0) {
                throw new IllegalStateException("Formatting " + logDirectory + " failed (" + exitCode + "): "
                        + output.toString(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (config != null) {
                try {
                    Files.deleteIfExists(config);
                } catch (IOException ignored) {
                    // a temporary file
                }
            }
        }
    }

    /**
     * Runs {@code action} with this class's loader as the thread context class loader: Kafka loads classes by
     * name through it, and the broker's threads inherit it, so they must match the Kafka classes used here.
     */
    private void withOwnClassLoader(Runnable action) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(KafkaBroker.class.getClassLoader());
        try {
            action.run();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private synchronized void startServer() {
        withOwnClassLoader(this::startServerNow);
    }

    private void startServerNow() {
        KafkaRaftServer starting = new KafkaRaftServer(new KafkaConfig(serverProperties(), false), Time.SYSTEM);
        try {
            starting.startup();
        } catch (RuntimeException e) {
            try {
                starting.shutdown();
                starting.awaitShutdown();
            } catch (RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw new IllegalStateException("Kafka did not start on port " + port + " in " + logDirectory, e);
        }
        server = starting;
    }

    /** An embedded broker must not end the JVM (tests, the local stack) on a fatal fault: throw instead. */
    private static void guardAgainstExit() {
        Exit.Procedure refuse = (status, message) -> {
            throw new IllegalStateException("The Kafka broker asked to end the JVM (status " + status + "): " + message);
        };
        Exit.setExitProcedure(refuse);
        Exit.setHaltProcedure(refuse);
        // the broker touches log4j-api (dynamic log levels); without log4j-core that would print a status error
        if (System.getProperty("log4j2.statusLoggerLevel") == null) {
            System.setProperty("log4j2.statusLoggerLevel", "OFF");
        }
    }

    private static Integer formattedNodeId(Path logDirectory) {
        Path meta = logDirectory.resolve("meta.properties");
        if (!Files.exists(meta)) {
            return null;
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(meta)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String nodeId = properties.getProperty("node.id");
        if (nodeId == null) {
            throw new IllegalStateException(meta + " has no node.id");
        }
        return Integer.valueOf(nodeId.trim());
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void deleteRecursively(Path directory) {
        if (directory == null || !Files.exists(directory)) {
            return;
        }
        try {
            Files.walkFileTree(directory, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException ignored) {
            // temporary files; the OS cleans up eventually
        }
    }
}
