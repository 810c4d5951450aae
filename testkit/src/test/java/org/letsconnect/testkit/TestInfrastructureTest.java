package org.letsconnect.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Map;
import java.util.Properties;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager.TestInjector;
import io.quarkus.test.common.WithTestResource;

class TestInfrastructureTest {

    static class SampleTest {
        @InjectInfrastructure
        Postgres postgres;
        @InjectInfrastructure
        KafkaBroker kafka;
        @InjectInfrastructure
        DevIssuer issuer;
        @InjectInfrastructure
        Smtp smtp;
        @InjectInfrastructure
        String database;
        @InjectInfrastructure
        EventProbe events;
        KafkaBroker notAnnotated;
    }

    @Test
    void startsSharedInfrastructureAndConfiguresTheService() throws Exception {
        TestInfrastructure resource = new TestInfrastructure();
        resource.init(Map.of("database", "registry", "smtp", "true", "jdbc", "true"));
        Map<String, String> config = resource.start();

        Postgres postgres = Postgres.shared();
        String jdbcUrl = config.get("quarkus.datasource.jdbc.url");
        assertTrue(jdbcUrl.startsWith("jdbc:postgresql://localhost:" + postgres.port() + "/registry_"), jdbcUrl);
        assertEquals(jdbcUrl.substring("jdbc:".length()), config.get("quarkus.datasource.reactive.url"));
        assertEquals("postgres", config.get("quarkus.datasource.username"));
        assertEquals("postgres", config.get("quarkus.datasource.password"));
        assertEquals(KafkaBroker.shared().bootstrapServers(), config.get("kafka.bootstrap.servers"));
        assertEquals(DevIssuer.shared().issuerUrl(), config.get("quarkus.oidc.auth-server-url"));
        assertEquals(TelegramStandIn.shared().baseUrl(), config.get("letsconnect.testkit.telegram-url"));
        assertEquals("false", config.get("quarkus.devservices.enabled"));
        assertEquals("localhost", config.get("quarkus.mailer.host"));
        assertEquals(Integer.toString(Smtp.shared().port()), config.get("quarkus.mailer.port"));
        assertEquals("false", config.get("quarkus.mailer.mock"));
        assertEquals("letsconnect@localhost", config.get("quarkus.mailer.from"));
        assertEquals("WARN", config.get("quarkus.log.category.\"kafka\".level"));

        Properties credentials = new Properties();
        credentials.setProperty("user", config.get("quarkus.datasource.username"));
        credentials.setProperty("password", config.get("quarkus.datasource.password"));
        try (Connection connection = new org.postgresql.Driver().connect(jdbcUrl, credentials);
                ResultSet result = connection.createStatement().executeQuery("SELECT 1")) {
            assertTrue(result.next());
        }

        SampleTest test = new SampleTest();
        resource.inject(new FieldInjector(test));
        resource.inject(test);
        assertSame(postgres, test.postgres);
        assertSame(KafkaBroker.shared(), test.kafka);
        assertSame(DevIssuer.shared(), test.issuer);
        assertSame(Smtp.shared(), test.smtp);
        assertTrue(jdbcUrl.endsWith("/" + test.database), test.database);
        assertNotNull(test.events);
        assertNull(test.notAnnotated);
        resource.stop();
    }

    @Test
    void withoutSmtpLeavesTheMailerAlone() {
        TestInfrastructure resource = new TestInfrastructure();
        resource.init(Map.of());
        Map<String, String> config = resource.start();
        assertTrue(config.get("quarkus.datasource.reactive.url").contains("/test_"));
        assertNull(config.get("quarkus.datasource.jdbc.url")); // auto: no Agroal on this class path
        assertNull(config.get("quarkus.mailer.host"));
        SampleTest test = new SampleTest();
        resource.inject(new FieldInjector(test));
        assertNull(test.smtp);
    }

    @Test
    void annotationIsAQuarkusTestResourceMetaAnnotation() {
        WithTestResource meta = WithTestInfrastructure.class.getAnnotation(WithTestResource.class);
        assertEquals(TestInfrastructure.class, meta.value());
    }

    /** Does what Quarkus' DefaultTestInjector does. */
    private record FieldInjector(Object testInstance) implements TestInjector {
        @Override
        public void injectIntoFields(Object fieldValue, Predicate<Field> predicate) {
            for (Field field : testInstance.getClass().getDeclaredFields()) {
                if (predicate.test(field)) {
                    try {
                        field.setAccessible(true);
                        field.set(testInstance, fieldValue);
                        return;
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
    }
}
