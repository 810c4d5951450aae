package org.letsconnect.testkit;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import io.quarkus.test.common.QuarkusTestResourceConfigurableLifecycleManager;

/**
 * The test resource that gives a {@code @QuarkusTest} real infrastructure: the JVM's shared {@link Postgres}
 * with a fresh database for each application start, the shared {@link KafkaBroker}, {@link DevIssuer} and
 * {@link TelegramStandIn} (its URL as {@code letsconnect.testkit.telegram-url}), and (init arg {@code smtp=true}) the shared
 * {@link Smtp}. The servers live until the JVM exits, so every test
 * class and every application restart in a module's test run reuses them.
 * <p>
 * Use {@link WithTestInfrastructure @WithTestInfrastructure} on the test class, or
 * {@code @WithTestResource(value = TestInfrastructure.class, initArgs = @ResourceArg(name = "smtp", value = "true"))}.
 * Init args: {@code database} (database name prefix, default {@code test}), {@code smtp} ({@code true}/{@code false}),
 * {@code jdbc} ({@code auto}: set {@code quarkus.datasource.jdbc.url} only when Agroal is on the class path;
 * {@code true}; {@code false}).
 * Fields annotated {@link InjectInfrastructure @InjectInfrastructure} receive the running instances.
 */
public class TestInfrastructure implements QuarkusTestResourceConfigurableLifecycleManager<WithTestInfrastructure> {

    private String databasePrefix = "test";
    private boolean withSmtp;
    private String jdbc = "auto";

    private Postgres postgres;
    private String database;
    private KafkaBroker kafka;
    private DevIssuer issuer;
    private TelegramStandIn telegram;
    private Smtp smtp;

    @Override
    public void init(Map<String, String> initArgs) {
        databasePrefix = initArgs.getOrDefault("database", "test");
        withSmtp = Boolean.parseBoolean(initArgs.getOrDefault("smtp", "false"));
        jdbc = initArgs.getOrDefault("jdbc", "auto");
    }

    @Override
    public void init(WithTestInfrastructure annotation) {
        databasePrefix = annotation.database();
        withSmtp = annotation.smtp();
        jdbc = annotation.jdbc();
    }

    @Override
    public Map<String, String> start() {
        QuietLogging.apply();
        // the broker starts while PostgreSQL does (first use in the JVM only; afterwards both are immediate)
        CompletableFuture<KafkaBroker> startingKafka = new CompletableFuture<>();
        ClassLoader contextClassLoader = Thread.currentThread().getContextClassLoader();
        Thread starter = new Thread(() -> {
            Thread.currentThread().setContextClassLoader(contextClassLoader);
            try {
                startingKafka.complete(KafkaBroker.shared());
            } catch (Throwable e) {
                startingKafka.completeExceptionally(e);
            }
        }, "testkit-kafka-start");
        starter.setDaemon(true);
        starter.start();
        postgres = Postgres.shared();
        database = postgres.createDatabase(databasePrefix);
        issuer = DevIssuer.shared();
        telegram = TelegramStandIn.shared();
        try {
            kafka = startingKafka.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }

        Map<String, String> config = new LinkedHashMap<>();
        // Dev services are decided when Quarkus builds the test application, before test resources start: this
        // value only matches what the service must set in application.properties itself (see README). The
        // datasource/kafka-specific switches are left out: setting them here only earns a "build time property
        // cannot be changed at runtime" warning.
        config.put("quarkus.devservices.enabled", "false");
        config.put("quarkus.datasource.reactive.url", postgres.reactiveUrl(database));
        if (jdbc.equals("true") || (jdbc.equals("auto") && hasJdbcDatasource())) {
            config.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl(database));
        }
        config.put("quarkus.datasource.username", postgres.username());
        config.put("quarkus.datasource.password", postgres.password());
        config.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        config.put("quarkus.oidc.auth-server-url", issuer.issuerUrl());
        // the Bot API stand-in (a JDK HTTP server, started in milliseconds); a service that talks to Telegram points
        // its base URL at it in its %test profile
        config.put("letsconnect.testkit.telegram-url", telegram.baseUrl());
        if (withSmtp) {
            smtp = Smtp.shared();
            config.put("quarkus.mailer.host", smtp.host());
            config.put("quarkus.mailer.port", Integer.toString(smtp.port()));
            config.put("quarkus.mailer.mock", "false");
            config.put("quarkus.mailer.from", "letsconnect@localhost");
        }
        QuietLogging.addQuarkusConfig(config);
        return config;
    }

    /** Leaves the shared servers running for the next test class; they stop when the JVM exits. */
    @Override
    public void stop() {
        // shared until the JVM exits
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(postgres, new TestInjector.AnnotatedAndMatchesType(InjectInfrastructure.class,
                Postgres.class));
        injector.injectIntoFields(kafka, new TestInjector.AnnotatedAndMatchesType(InjectInfrastructure.class,
                KafkaBroker.class));
        injector.injectIntoFields(issuer, new TestInjector.AnnotatedAndMatchesType(InjectInfrastructure.class,
                DevIssuer.class));
        injector.injectIntoFields(telegram, new TestInjector.AnnotatedAndMatchesType(InjectInfrastructure.class,
                TelegramStandIn.class));
        injector.injectIntoFields(new EventProbe(kafka), new TestInjector.AnnotatedAndMatchesType(
                InjectInfrastructure.class, EventProbe.class));
        if (smtp != null) {
            injector.injectIntoFields(smtp, new TestInjector.AnnotatedAndMatchesType(InjectInfrastructure.class,
                    Smtp.class));
        }
        injector.injectIntoFields(database, new TestInjector.AnnotatedAndMatchesType(InjectInfrastructure.class,
                String.class));
    }

    /**
     * Fallback for a test class that sees the testkit classes through another class loader than this resource:
     * its {@code @InjectInfrastructure} fields get the same servers through their own classes' {@code shared()}.
     */
    @Override
    public void inject(Object testInstance) {
        for (Class<?> type = testInstance.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || field.isAnnotationPresent(InjectInfrastructure.class)
                        || !hasForeignInjectAnnotation(field)) {
                    continue;
                }
                Object value;
                try {
                    if (field.getType() == String.class) {
                        value = database;
                    } else if (field.getType().getName().equals(EventProbe.class.getName())) {
                        Class<?> broker = field.getType().getClassLoader().loadClass(KafkaBroker.class.getName());
                        value = field.getType().getConstructor(broker).newInstance(broker.getMethod("shared").invoke(null));
                    } else if (field.getType().getPackageName().equals(TestInfrastructure.class.getPackageName())) {
                        value = field.getType().getMethod("shared").invoke(null);
                    } else {
                        continue;
                    }
                    if (field.getType().getSimpleName().equals("Smtp") && smtp == null) {
                        continue;
                    }
                    field.setAccessible(true);
                    field.set(testInstance, value);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("Could not inject " + field, e);
                }
            }
        }
    }

    /** Whether the application has a JDBC datasource (Agroal); otherwise Quarkus warns about an unknown key. */
    private static boolean hasJdbcDatasource() {
        for (ClassLoader loader : new ClassLoader[] { Thread.currentThread().getContextClassLoader(),
                TestInfrastructure.class.getClassLoader() }) {
            if (loader != null && loader.getResource("io/agroal/api/AgroalDataSource.class") != null) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasForeignInjectAnnotation(Field field) {
        for (var annotation : field.getAnnotations()) {
            if (annotation.annotationType().getName().equals(InjectInfrastructure.class.getName())) {
                return true;
            }
        }
        return false;
    }
}
