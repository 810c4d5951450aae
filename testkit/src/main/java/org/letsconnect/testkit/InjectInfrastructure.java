package org.letsconnect.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field of a {@code @QuarkusTest} class that {@link TestInfrastructure} fills: a {@link Postgres},
 * {@link KafkaBroker}, {@link DevIssuer}, {@link TelegramStandIn} or {@link Smtp} field gets the running instance, an
 * {@link EventProbe}
 * field a probe on that broker, a {@code String} field the name of the database created for this application start.
 * This is how a {@code @QuarkusTest} gets its infrastructure (never through {@code shared()}).
 *
 * <pre>
 * &#64;InjectInfrastructure
 * KafkaBroker kafka;
 * &#64;InjectInfrastructure
 * DevIssuer issuer;
 * &#64;InjectInfrastructure
 * EventProbe events;
 * </pre>
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface InjectInfrastructure {
}
