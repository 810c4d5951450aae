package org.letsconnect.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.letsconnect.contracts.Topics;
import org.letsconnect.testkit.DevIssuer;
import org.letsconnect.testkit.KafkaBroker;
import org.letsconnect.testkit.Postgres;
import org.letsconnect.testkit.Smtp;

/**
 * Starts the whole system on one machine without Docker: PostgreSQL (data kept under the data directory),
 * a Kafka broker, the development token issuer, an SMTP server that keeps every mail (readable over IMAP and on the
 * mail viewer's page), and the four services as separate processes from their packaged applications. Ctrl-C stops
 * everything.
 */
public final class LocalStack {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final LocalSettings settings;
    private final Map<LocalService, ServiceProcess> services = new EnumMap<>(LocalService.class);
    private Postgres postgres;
    private KafkaBroker kafka;
    private DevIssuer issuer;
    private Smtp smtp;
    private MailViewer mailViewer;

    private LocalStack(LocalSettings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) throws Exception {
        LocalStack stack = new LocalStack(LocalSettings.fromSystem());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stack.stop();
            stopped.countDown();
        }, "local-stack-shutdown"));
        stack.start();
        stopped.await();
    }

    private void start() throws IOException, InterruptedException {
        Files.createDirectories(settings.dataDirectory());
        Files.createDirectories(settings.logDirectory());
        say("Data directory: " + settings.dataDirectory());

        postgres = Postgres.start(settings.dataDirectory().resolve("postgres"), settings.postgresPort());
        for (LocalService service : LocalService.values()) {
            postgres.createDatabaseIfMissing(service.database());
        }
        say("PostgreSQL      localhost:" + postgres.port() + " (user " + postgres.username() + ")");

        kafka = KafkaBroker.start(settings.dataDirectory().resolve("kafka"), settings.kafkaPort());
        for (Map.Entry<String, Boolean> topic : topics().entrySet()) {
            kafka.createTopic(topic.getKey(), 3, topic.getValue());
        }
        say("Kafka           " + kafka.bootstrapServers());

        issuer = DevIssuer.start(settings.issuerPort());
        say("Token issuer    " + issuer.issuerUrl());

        smtp = Smtp.start(settings.smtpPort(), settings.imapPort());
        say("SMTP (keeps mail, sends none)  localhost:" + smtp.port());
        say("IMAP            localhost:" + smtp.imapPort().orElseThrow() + " (user: the recipient's address)");
        mailViewer = MailViewer.start(smtp, settings.mailViewerPort());
        say("Mail viewer     " + mailViewer.url());

        for (LocalService service : LocalService.values()) {
            services.put(service, ServiceProcess.launch(service, settings, environmentFor(service)));
        }
        awaitReady();
        if (!settings.skipDemoData()) {
            DemoData.seed(issuer, LocalService.REGISTRY.port(), LocalService.CLINIC.port());
        }
        printWelcome();
    }

    private Map<String, String> environmentFor(LocalService service) {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("QUARKUS_PROFILE", "local");
        environment.put("QUARKUS_HTTP_PORT", Integer.toString(service.port()));
        environment.put("QUARKUS_DATASOURCE_REACTIVE_URL", postgres.reactiveUrl(service.database()));
        environment.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(service.database()));
        environment.put("QUARKUS_DATASOURCE_USERNAME", postgres.username());
        environment.put("QUARKUS_DATASOURCE_PASSWORD", postgres.password());
        environment.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        environment.put("QUARKUS_OIDC_AUTH_SERVER_URL", issuer.issuerUrl());
        environment.put("QUARKUS_MAILER_HOST", "localhost");
        environment.put("QUARKUS_MAILER_PORT", Integer.toString(smtp.port()));
        environment.put("QUARKUS_MAILER_MOCK", "false");
        return environment;
    }

    /** The topics of the event catalogue, created up front so the compacted ones really are compacted. */
    private static Map<String, Boolean> topics() {
        Map<String, Boolean> topics = new LinkedHashMap<>();
        topics.put(Topics.REGISTRY_PARTICIPANTS, true);
        topics.put(Topics.REGISTRY_CONTACTS, true);
        topics.put(Topics.REGISTRY_ROLES, true);
        topics.put(Topics.CLINIC_EVENTS, false);
        topics.put(Topics.CLINIC_GUESTS, true);
        topics.put(Topics.CLINIC_MEETINGS, true);
        topics.put(Topics.MATCHING_EVENTS, false);
        topics.put(Topics.NOTIFICATION_EVENTS, false);
        return topics;
    }

    private void awaitReady() throws InterruptedException {
        Instant deadline = Instant.now().plus(settings.startTimeout());
        Map<LocalService, ServiceProcess> waiting = new EnumMap<>(services);
        while (!waiting.isEmpty() && Instant.now().isBefore(deadline)) {
            waiting.entrySet().removeIf(entry -> {
                LocalService service = entry.getKey();
                if (!entry.getValue().isAlive()) {
                    say(service.moduleName() + " stopped during start-up; see " + entry.getValue().logFile());
                    return true;
                }
                if (isReady(service)) {
                    say(service.moduleName() + " is ready on http://localhost:" + service.port());
                    return true;
                }
                return false;
            });
            Thread.sleep(500);
        }
        waiting.forEach((service, process) -> say(service.moduleName() + " is not ready after "
                + settings.startTimeout().toSeconds() + " s; see " + process.logFile()));
    }

    private static boolean isReady(LocalService service) {
        try {
            HttpRequest request = HttpRequest.newBuilder(
                    URI.create("http://localhost:" + service.port() + "/q/health/ready")).timeout(Duration.ofSeconds(2))
                    .build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void printWelcome() {
        StringBuilder text = new StringBuilder("""

                Let's Connect is running. Swagger UI (no token needed to browse):
                """);
        for (LocalService service : LocalService.values()) {
            text.append(String.format("  %-22s http://localhost:%d/q/swagger-ui%n", service.moduleName(),
                    service.port()));
        }
        text.append("""

                Get a token from the development issuer (roles: organizer, admin, partner; leave out for a participant):
                  curl -s -d username=Amina -d roles=organizer %s/token
                then call a service with its access_token:
                  curl -H "Authorization: Bearer <access_token>" http://localhost:8081/api/v1/session

                Mail the services send is kept, not delivered. Read it at %s
                or in a mail client: IMAP server localhost, port %d, no encryption, normal password;
                user name the recipient's address (e.g. amina@example.org), any password.
                Service logs: %s
                Stop everything with Ctrl-C.
                """.formatted(issuer.issuerUrl(), mailViewer.url(), smtp.imapPort().orElseThrow(),
                settings.logDirectory()));
        say(text.toString());
    }

    private void stop() {
        say("Stopping…");
        services.values().forEach(ServiceProcess::stop);
        closeQuietly(mailViewer == null ? null : mailViewer::close);
        closeQuietly(smtp == null ? null : smtp::close);
        closeQuietly(issuer == null ? null : issuer::close);
        closeQuietly(kafka == null ? null : kafka::close);
        closeQuietly(postgres == null ? null : postgres::close);
        say("Stopped.");
    }

    private static void closeQuietly(Runnable close) {
        if (close == null) {
            return;
        }
        try {
            close.run();
        } catch (RuntimeException e) {
            say("While stopping: " + e.getMessage());
        }
    }

    static void say(String line) {
        System.out.println("[local] " + line);
    }

    /** Where the stack keeps its data and which ports it uses; each can be set as a system property. */
    record LocalSettings(Path repository, Path dataDirectory, int postgresPort, int kafkaPort, int issuerPort,
            int smtpPort, int imapPort, int mailViewerPort, Duration startTimeout, boolean skipDemoData) {

        static LocalSettings fromSystem() {
            Path repository = Path.of(System.getProperty("letsconnect.repository", ".")).toAbsolutePath().normalize();
            Path data = Path.of(System.getProperty("letsconnect.data",
                    repository.resolve("deploy/local/data").toString())).toAbsolutePath().normalize();
            return new LocalSettings(repository, data,
                    Integer.getInteger("letsconnect.postgres.port", 5432),
                    Integer.getInteger("letsconnect.kafka.port", 9092),
                    Integer.getInteger("letsconnect.issuer.port", 8090),
                    Integer.getInteger("letsconnect.smtp.port", 2525),
                    Integer.getInteger("letsconnect.imap.port", 1143),
                    Integer.getInteger("letsconnect.mail-viewer.port", 8025),
                    Duration.ofSeconds(Long.getLong("letsconnect.start-timeout-seconds", 180)),
                    Boolean.getBoolean("letsconnect.no-demo-data"));
        }

        Path logDirectory() {
            return dataDirectory.resolve("logs");
        }
    }
}
