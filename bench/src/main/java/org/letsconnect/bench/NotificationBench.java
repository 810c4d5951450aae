package org.letsconnect.bench;

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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.letsconnect.contracts.EventType;
import org.letsconnect.contracts.Topics;
import org.letsconnect.contracts.clinic.RegistrationCreated;
import org.letsconnect.contracts.clinic.SpaceMeeting;
import org.letsconnect.contracts.clinic.SpaceStates;
import org.letsconnect.contracts.clinic.SpaceSummary;
import org.letsconnect.contracts.registry.ContactChanged;
import org.letsconnect.contracts.registry.LanguageSkill;
import org.letsconnect.contracts.registry.ParticipantProfile;
import org.letsconnect.local.ServiceProcess;
import org.letsconnect.testkit.DevIssuer;
import org.letsconnect.testkit.EventProbe;
import org.letsconnect.testkit.KafkaBroker;
import org.letsconnect.testkit.Postgres;

/**
 * notification-service's reminders benchmark (issue #11): the service as a process of its own from its packaged
 * application (mailer mock off), testkit's PostgreSQL and Kafka, the {@link SmtpReceiver} in another process.
 * Recipients and registrations arrive through the real topics; the only reminder lead time left ahead is the hour
 * before the start (the week and day reminders lie in the past), so every registrant's reminder is due at one
 * instant T = start − 1 h. Run 1 measures throughput and latency (SMTP receive time − T); run 2 kills the service
 * with SIGKILL after a third of its reminders arrived, starts it again and counts lost and repeated mails. The
 * baseline is {@link SmtpBaseline} against the same receiver.
 */
final class NotificationBench implements AutoCloseable {

    /** Notification languages, in turn: the seven with texts and five that fall back along the Wikimedia chain. */
    static final List<String> LANGUAGES = List.of("en", "fr", "es", "pt", "ar", "sw", "ha", "pt-br", "arz", "es-419",
            "wo", "yo");
    /** What the five without texts fall back to (platform's fallbacks.json; yo has no chain, so English). */
    static final Map<String, String> FALLS_BACK_TO = Map.of("pt-br", "pt", "arz", "ar", "es-419", "es", "wo", "fr",
            "yo", "en");
    private static final List<String> ZONES = List.of("Africa/Lagos", "Africa/Nairobi", "Africa/Cairo",
            "America/Sao_Paulo", "Europe/Paris", "America/Bogota", "Asia/Kolkata");
    private static final String GRANTS = "Q230788";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final BenchSettings settings;
    private final Path logDirectory;
    private final Postgres postgres;
    private final KafkaBroker kafka;
    private final DevIssuer issuer;
    private final String database;
    private final KafkaProducer<String, String> producer;
    private final SmtpReceiverProcess receiver;
    private final int httpPort;
    private final List<Participant> participants = new ArrayList<>();
    private ServiceProcess service;
    private int starts;
    private Duration perRegistration;

    record Participant(UUID id, String email, String language) {
    }

    /** What one run of reminders (or the baseline) delivered, counted from the receiver's log. */
    record Delivered(int expected, int total, int distinct, Duration allIn, double perSecond, Duration p50,
            Duration p99) {

        int lost() {
            return expected - distinct;
        }

        int duplicates() {
            return total - distinct;
        }
    }

    /** Run 2: what a kill and a restart cost. */
    record KillRun(Delivered delivered, int arrivedBeforeKill, Duration restart, Duration drained) {
    }

    record Results(BenchSettings settings, Map<String, Integer> languages, Delivered confirmations,
            int confirmedByT, Delivered reminders,
            Delivered baseline, long mailSize, KillRun kill, String killFailure) {
    }

    private NotificationBench(BenchSettings settings) throws Exception {
        this.settings = settings;
        this.logDirectory = Files.createDirectories(settings.target().resolve("bench-logs"));
        say("starting PostgreSQL, Kafka, the token issuer and the SMTP receiver");
        postgres = Postgres.shared();
        kafka = KafkaBroker.shared();
        issuer = DevIssuer.shared();
        database = postgres.createDatabase("notification_bench");
        for (String topic : List.of(Topics.REGISTRY_PARTICIPANTS, Topics.REGISTRY_CONTACTS, Topics.CLINIC_GUESTS,
                Topics.CLINIC_MEETINGS)) {
            kafka.createTopic(topic, 3, true);
        }
        for (String topic : List.of(Topics.CLINIC_EVENTS, Topics.MATCHING_EVENTS, Topics.NOTIFICATION_EVENTS)) {
            kafka.createTopic(topic, 3, false);
        }
        Properties producerConfig = new Properties();
        producerConfig.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
        producerConfig.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        producerConfig.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        producerConfig.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        producer = new KafkaProducer<>(producerConfig);
        receiver = SmtpReceiverProcess.start(settings.target(), logDirectory);
        httpPort = SmtpReceiverProcess.freePort();
        perRegistration = settings.perRegistration();
        // a bench stopped from outside (Ctrl-C) leaves no service or receiver behind
        Runtime.getRuntime().addShutdownHook(new Thread(() -> ProcessHandle.current().children()
                .forEach(ProcessHandle::destroyForcibly), "bench-children"));
    }

    /** Runs everything at the given sizes. */
    static Results run(BenchSettings settings) throws Exception {
        try (NotificationBench bench = new NotificationBench(settings)) {
            return bench.run();
        }
    }

    private Results run() throws Exception {
        startService();
        Map<String, Integer> languages = seedRecipients(Math.max(settings.reminders(), settings.killReminders()));

        say("run 1: " + settings.reminders() + " reminders");
        Space first = openSpace(settings.reminders());
        int confirmedByT = confirmations(first).distinct();
        awaitInstant(first.due());
        Delivered reminders = awaitAll(first, settings.reminders());
        Delivered confirmations = confirmations(first);
        long mailSize = meanSize(first.reminderIds());

        say("baseline: " + settings.reminders() + " messages of " + mailSize + " bytes over "
                + settings.mailerPool() + " connections");
        Instant baselineStart = SmtpBaseline.send(receiver.port(), settings.reminders(), settings.mailerPool(),
                mailSize);
        Delivered baseline = awaitBaseline(baselineStart, settings.reminders());

        KillRun kill = null;
        String killFailure = null;
        if (settings.killReminders() > 0) {
            say("run 2: " + settings.killReminders() + " reminders, the service killed after a third arrived");
            try {
                Space second = openSpace(settings.killReminders());
                confirmations(second);
                awaitInstant(second.due());
                kill = killRun(second);
            } catch (IllegalStateException e) {
                // run 1's figures stand; the table says why run 2 has none
                say("run 2 failed: " + e.getMessage());
                killFailure = e.getMessage();
            }
        }
        return new Results(settings, languages, confirmations, confirmedByT, reminders, baseline, mailSize, kill,
                killFailure);
    }

    // --- the service --------------------------------------------------------------------------------------------

    private void startService() throws Exception {
        starts++;
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("QUARKUS_PROFILE", "local");
        environment.put("QUARKUS_HTTP_PORT", Integer.toString(httpPort));
        environment.put("QUARKUS_DATASOURCE_REACTIVE_URL", postgres.reactiveUrl(database));
        environment.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(database));
        environment.put("QUARKUS_DATASOURCE_USERNAME", postgres.username());
        environment.put("QUARKUS_DATASOURCE_PASSWORD", postgres.password());
        environment.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        environment.put("QUARKUS_OIDC_AUTH_SERVER_URL", issuer.issuerUrl());
        environment.put("QUARKUS_MAILER_MOCK", "false");
        environment.put("QUARKUS_MAILER_HOST", "localhost");
        environment.put("QUARKUS_MAILER_PORT", Integer.toString(receiver.port()));
        environment.put("QUARKUS_MAILER_MAX_POOL_SIZE", Integer.toString(settings.mailerPool()));
        environment.put("LETSCONNECT_NOTIFICATION_DELIVERY_BATCH_SIZE", Integer.toString(settings.batchSize()));
        environment.put("LETSCONNECT_NOTIFICATION_DELIVERY_EVERY", settings.every().toMillis() + "ms");
        environment.put("LETSCONNECT_NOTIFICATION_DELIVERY_LEASE", settings.lease().toMillis() + "ms");
        Path log = logDirectory.resolve("notification-service-" + starts + ".log");
        service = ServiceProcess.launch("notification-service", settings.repository(), log, environment);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (!ready()) {
            if (!service.isAlive() || Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("notification-service did not start; see " + log);
            }
            Thread.sleep(100);
        }
    }

    private boolean ready() {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort
                    + "/q/health/ready")).timeout(Duration.ofSeconds(2)).build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    // --- data through the topics ---------------------------------------------------------------------------------

    /** Publishes a profile and a contact per participant and waits until the read model has them all. */
    private Map<String, Integer> seedRecipients(int count) throws Exception {
        say("seeding " + count + " recipients in " + LANGUAGES.size() + " languages");
        Map<String, Integer> languages = new LinkedHashMap<>();
        Instant now = Instant.now();
        for (int i = 0; i < count; i++) {
            UUID id = UUID.randomUUID();
            String language = LANGUAGES.get(i % LANGUAGES.size());
            String zone = ZONES.get(i % ZONES.size());
            String username = "Bench participant " + i;
            String subject = DevIssuer.subjectFor(username);
            String email = "bench-" + i + "@example.org";
            publish(EventType.PARTICIPANT_REGISTERED, new ParticipantProfile(id.toString(), subject, username,
                    username, null, "sub-saharan-africa", "NG", zone, spoken(language),
                    List.of(), "individual-editor", 2020, List.of(), null, List.of(GRANTS), List.of(), true, 2,
                    ParticipantProfile.VISIBILITY_PUBLIC, language, List.of(), now, now));
            publish(EventType.CONTACT_CHANGED, new ContactChanged(id.toString(), subject, email, language, zone, now));
            participants.add(new Participant(id, email, language));
            languages.merge(language, 1, Integer::sum);
        }
        producer.flush();
        awaitCount("select count(*) from recipient where profile_at is not null and contact_at is not null", null,
                count, Duration.ofSeconds(60 + count / 5));
        // the pace of this machine and service: T is set from it, as a registration costs the service about twice as
        // much as a profile and a contact, and it sends the confirmation meanwhile
        Duration perRecipient = Duration.between(now, Instant.now()).dividedBy(count).multipliedBy(3);
        if (perRecipient.compareTo(perRegistration) > 0) {
            perRegistration = perRecipient;
        }
        say("seeded; T is set " + perRegistration.toMillis() + " ms a registration ahead");
        return languages;
    }

    /** The languages a participant speaks: their notification language's base and, unless that is it, English. */
    private static List<LanguageSkill> spoken(String language) {
        String base = language.contains("-") ? language.substring(0, language.indexOf('-')) : language;
        return base.equals("en") ? List.of(new LanguageSkill("en", "native"))
                : List.of(new LanguageSkill(base, "native"), new LanguageSkill("en", "intermediate"));
    }

    /** A space and its registrations; its reminders are all due at {@code due()}. */
    record Space(UUID id, Instant due, Map<String, Instant> registeredAt, Set<String> confirmationIds,
            Set<String> reminderIds) {
    }

    /**
     * Publishes a Learning Clinic starting an hour after T, its meeting link and {@code count} confirmed
     * registrations, and waits until the service has planned a confirmation and a reminder for each.
     */
    private Space openSpace(int count) throws Exception {
        Duration ahead = settings.settle().plus(perRegistration.multipliedBy(count));
        for (int attempt = 1;; attempt++) {
            Space space = openSpace(count, ahead);
            if (space != null) {
                return space;
            }
            if (attempt == 3) {
                throw new IllegalStateException("The service had not planned all registrations by T three times;"
                        + " raise bench.settle-ms or bench.per-registration-ms");
            }
            ahead = ahead.multipliedBy(2);
            say("T passed before the service had planned every registration (a busy machine?): a new space, T "
                    + ahead.toSeconds() + " s ahead");
        }
    }

    /** The space, or null when T passed before the service had planned every registration. */
    private Space openSpace(int count, Duration ahead) throws Exception {
        UUID spaceId = UUID.randomUUID();
        // T leaves the service time to send the confirmations first, so they do not share the measured window
        Instant due = Instant.now().plus(ahead).truncatedTo(ChronoUnit.SECONDS);
        Instant startsAt = due.plus(Duration.ofHours(1));
        Map<String, String> titles = new LinkedHashMap<>();
        titles.put("en", "Writing a grant proposal");
        titles.put("fr", "Rédiger une demande de subvention");
        titles.put("es", "Redactar una propuesta de subvención");
        titles.put("pt", "Escrever uma proposta de financiamento");
        titles.put("ar", "كتابة مقترح منحة");
        titles.put("sw", "Kuandika pendekezo la ruzuku");
        titles.put("ha", "Rubuta shawarar tallafi");
        publish(EventType.SPACE_CREATED, new SpaceSummary(spaceId.toString(), SpaceSummary.LEARNING_CLINIC, titles,
                Map.of("en", "How to plan, write and budget a proposal for a Wikimedia grant."), List.of(GRANTS), "en",
                List.of("fr", "ar"), null, startsAt, startsAt.plus(Duration.ofHours(2)), "Africa/Lagos", 0, List.of(),
                List.of(), null, SpaceStates.OPEN_FOR_REGISTRATION));
        publish(EventType.MEETING_CHANGED, new SpaceMeeting(spaceId.toString(),
                "https://meet.jit.si/letsconnect-" + spaceId, Instant.now()));
        producer.flush();
        awaitCount("select count(*) from known_space where space_id = ? and meeting_link is not null"
                + " and state = '" + SpaceStates.OPEN_FOR_REGISTRATION + "'", spaceId, 1,
                // behind the registrations of an earlier space on the same partition
                Duration.ofSeconds(60).plus(ahead));

        Map<String, Instant> registeredAt = new ConcurrentHashMap<>();
        for (Participant participant : participants.subList(0, count)) {
            registeredAt.put(participant.email(), Instant.now());
            publish(EventType.REGISTRATION_CREATED, new RegistrationCreated(UUID.randomUUID().toString(),
                    spaceId.toString(), participant.id().toString(), false, RegistrationCreated.CONFIRMED, null,
                    Instant.now()));
        }
        producer.flush();
        // a registration planned after T gets no reminder (it would be late): T must leave time for all of them
        if (!awaitCount("select count(*) from known_registration where space_id = ?", spaceId, count,
                Duration.between(Instant.now(), due), false) || Instant.now().isAfter(due)) {
            return null;
        }
        Map<String, String> templates = emailDeliveries(spaceId);
        Set<String> confirmations = new HashSet<>();
        Set<String> reminders = new HashSet<>();
        templates.forEach((delivery, template) -> {
            if (template.equals("registration-confirmed")) {
                confirmations.add(delivery);
            } else if (template.equals("reminder-hour")) {
                reminders.add(delivery);
            }
        });
        if (reminders.size() != count) {
            throw new IllegalStateException("Expected " + count + " reminders by e-mail, the service planned "
                    + reminders.size());
        }
        return new Space(spaceId, due, registeredAt, confirmations, reminders);
    }

    private void publish(EventType type, Object payload) {
        producer.send(new ProducerRecord<>(type.topic(), null, type.aggregateId(payload),
                EventProbe.cloudEvent(UUID.randomUUID().toString(), type, payload), headers()));
    }

    private static List<org.apache.kafka.common.header.Header> headers() {
        List<org.apache.kafka.common.header.Header> headers = new ArrayList<>();
        EventProbe.STRUCTURED.forEach((name, value) -> headers.add(
                new org.apache.kafka.common.header.internals.RecordHeader(name, value.getBytes(StandardCharsets.UTF_8))));
        return headers;
    }

    // --- measuring -----------------------------------------------------------------------------------------------

    /**
     * The confirmations of a space so far, waiting for them until T at most: latency from the registration's
     * publication to the SMTP server.
     */
    private Delivered confirmations(Space space) throws Exception {
        Instant deadline = space.due();
        while (distinct(receiver.received(), space.confirmationIds()) < space.confirmationIds().size()
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        List<ReceivedMail> mails = of(receiver.received(), space.confirmationIds());
        Instant firstPublished = space.registeredAt().values().stream().min(Instant::compareTo).orElseThrow();
        return measure(mails, space.confirmationIds().size(), firstPublished,
                mail -> space.registeredAt().getOrDefault(mail.recipient(), firstPublished));
    }

    /** Waits until every reminder of the space arrived (or the timeout), then measures from {@code due}. */
    private Delivered awaitAll(Space space, int expected) throws Exception {
        Instant due = space.due();
        Instant deadline = Instant.now().plus(settings.timeout(expected));
        while (distinct(receiver.received(), space.reminderIds()) < expected && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        return measure(of(receiver.received(), space.reminderIds()), expected, due, mail -> due);
    }

    private KillRun killRun(Space space) throws Exception {
        int expected = space.reminderIds().size();
        int killAt = Math.max(1, (int) Math.round(expected * settings.killAfter()));
        Instant deadline = Instant.now().plus(settings.timeout(expected));
        while (distinct(receiver.received(), space.reminderIds()) < killAt && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
        service.kill();
        int arrivedBeforeKill = distinct(receiver.received(), space.reminderIds());
        Instant killed = Instant.now();
        say("killed notification-service after " + arrivedBeforeKill + " of " + expected + " reminders");
        startService();
        Duration restart = Duration.between(killed, Instant.now());
        Delivered delivered = awaitAll(space, expected);
        return new KillRun(delivered, arrivedBeforeKill, restart, delivered.allIn());
    }

    private Delivered awaitBaseline(Instant start, int expected) throws Exception {
        Instant deadline = Instant.now().plus(settings.timeout(expected));
        List<ReceivedMail> mails = baselineMails();
        while (distinctIds(mails) < expected && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
            mails = baselineMails();
        }
        return measure(mails, expected, start, mail -> start);
    }

    private List<ReceivedMail> baselineMails() throws IOException {
        return receiver.received().stream().filter(mail -> mail.messageId().startsWith("<baseline-")).toList();
    }

    interface Origin {
        Instant of(ReceivedMail mail);
    }

    /**
     * Counts the mails and measures each distinct one's first arrival from its origin; throughput is distinct mails
     * over the time from the earliest origin to the last first arrival.
     */
    private static Delivered measure(List<ReceivedMail> mails, int expected, Instant start, Origin origin) {
        Map<String, ReceivedMail> first = new HashMap<>();
        for (ReceivedMail mail : mails) {
            first.merge(mail.messageId(), mail, (a, b) -> a.receivedAt().isBefore(b.receivedAt()) ? a : b);
        }
        List<Long> latencies = new ArrayList<>();
        Instant last = start;
        for (ReceivedMail mail : first.values()) {
            latencies.add(Duration.between(origin.of(mail), mail.receivedAt()).toNanos());
            if (mail.receivedAt().isAfter(last)) {
                last = mail.receivedAt();
            }
        }
        latencies.sort(Long::compare);
        Duration allIn = Duration.between(start, last);
        double perSecond = allIn.isZero() ? 0 : first.size() / (allIn.toNanos() / 1e9);
        return new Delivered(expected, mails.size(), first.size(), allIn, perSecond, percentile(latencies, 50),
                percentile(latencies, 99));
    }

    private static Duration percentile(List<Long> sorted, int percent) {
        if (sorted.isEmpty()) {
            return Duration.ZERO;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return Duration.ofNanos(sorted.get(Math.max(0, rank - 1)));
    }

    private static List<ReceivedMail> of(List<ReceivedMail> mails, Set<String> deliveryIds) {
        return mails.stream().filter(mail -> deliveryIds.contains(mail.localPart())).toList();
    }

    private static int distinct(List<ReceivedMail> mails, Set<String> deliveryIds) {
        return distinctIds(of(mails, deliveryIds));
    }

    private static int distinctIds(List<ReceivedMail> mails) {
        Set<String> ids = new HashSet<>();
        mails.forEach(mail -> ids.add(mail.messageId()));
        return ids.size();
    }

    private long meanSize(Set<String> deliveryIds) throws IOException {
        return Math.round(of(receiver.received(), deliveryIds).stream().filter(mail -> mail.size() > 0)
                .mapToLong(ReceivedMail::size).average().orElse(6000));
    }

    private void awaitInstant(Instant instant) throws InterruptedException {
        Duration wait = Duration.between(Instant.now(), instant);
        if (!wait.isNegative()) {
            Thread.sleep(wait.toMillis() + 1);
        }
    }

    // --- the service's database (read only) ---------------------------------------------------------------------

    /** The space's e-mail deliveries: delivery id → template. */
    private Map<String, String> emailDeliveries(UUID spaceId) throws SQLException {
        Map<String, String> templates = new HashMap<>();
        try (Connection connection = postgres.connect(database);
                PreparedStatement query = connection.prepareStatement("select d.id, n.template from delivery d"
                        + " join notification n on n.id = d.notification_id where n.space_id = ? and d.channel = 'email'")) {
            query.setObject(1, spaceId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    templates.put(rows.getString(1), rows.getString(2));
                }
            }
        }
        return templates;
    }

    private void awaitCount(String sql, UUID parameter, int count, Duration timeout) throws Exception {
        awaitCount(sql, parameter, count, timeout, true);
    }

    /** Waits until the query counts {@code count}; answers false after the timeout, or fails when {@code fail}. */
    private boolean awaitCount(String sql, UUID parameter, int count, Duration timeout, boolean fail)
            throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        long seen = -1;
        while (Instant.now().isBefore(deadline)) {
            try (Connection connection = postgres.connect(database);
                    PreparedStatement query = connection.prepareStatement(sql)) {
                if (parameter != null) {
                    query.setObject(1, parameter);
                }
                try (ResultSet rows = query.executeQuery()) {
                    rows.next();
                    seen = rows.getLong(1);
                }
            } catch (SQLException e) {
                seen = -1; // the service's migration has not created the table yet
            }
            if (seen >= count) {
                return true;
            }
            Thread.sleep(200);
        }
        if (!fail) {
            return false;
        }
        throw new IllegalStateException("Waited " + timeout.toSeconds() + " s for " + count + " of: " + sql
                + " (saw " + seen + ")");
    }

    static void say(String line) {
        System.out.println("[bench " + Instant.now().truncatedTo(ChronoUnit.MILLIS) + "] " + line);
    }

    @Override
    public void close() throws Exception {
        if (service != null) {
            service.kill(); // its database is thrown away: no need to wait for a graceful shutdown
        }
        producer.close();
        receiver.close();
    }
}
