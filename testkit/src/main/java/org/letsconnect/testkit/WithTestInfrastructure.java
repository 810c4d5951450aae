package org.letsconnect.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/**
 * Starts {@link TestInfrastructure} for a {@code @QuarkusTest} class: PostgreSQL (a fresh database), Kafka, the
 * development issuer and, with {@code smtp = true}, an SMTP server. Equivalent to
 * {@code @WithTestResource(value = TestInfrastructure.class, initArgs = ...)}.
 * <p>
 * Quarkus restarts the application whenever the next test class has a different set of test resources (a
 * different attribute value counts as different), so give all test classes of a service the same annotation.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WithTestResource(value = TestInfrastructure.class, scope = TestResourceScope.MATCHING_RESOURCES)
public @interface WithTestInfrastructure {

    /** Prefix of the database created for each application start. */
    String database() default "test";

    /** Also start the SMTP server and point {@code quarkus.mailer} at it. */
    boolean smtp() default false;

    /**
     * Whether to set {@code quarkus.datasource.jdbc.url}: {@code "auto"} (when a JDBC datasource — Agroal — is on
     * the class path), {@code "true"} or {@code "false"}.
     */
    String jdbc() default "auto";
}
