package org.letsconnect.platform.inbox;

import org.letsconnect.contracts.Topics;

import io.smallrye.config.ConfigSourceInterceptor;
import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.ConfigValue;

/**
 * Names every incoming channel's dead-letter topic after the topic it reads, {@code <topic>.dlq}
 * ({@link Topics#deadLetter}), so a service's {@code application.properties} names only a channel's topic and
 * group. The other consumer defaults ({@code failure-strategy=dead-letter-queue} among them) are connector-wide
 * settings in platform's {@code META-INF/microprofile-config.properties}; this one depends on the channel, which a
 * connector-wide setting cannot express. A channel (or an environment variable) that names its dead-letter topic
 * keeps it; a channel without a single {@code topic} (one reading {@code topics} or a {@code pattern}) gets
 * SmallRye's {@code dead-letter-topic-<channel>} and should name its own.
 */
public class DeadLetterTopicDefault implements ConfigSourceInterceptor {

    private static final String INCOMING = "mp.messaging.incoming.";
    private static final String DEAD_LETTER_TOPIC = ".dead-letter-queue.topic";

    @Override
    public ConfigValue getValue(ConfigSourceInterceptorContext context, String name) {
        ConfigValue configured = context.proceed(name);
        if (configured != null || !name.startsWith(INCOMING) || !name.endsWith(DEAD_LETTER_TOPIC)
                || name.length() <= INCOMING.length() + DEAD_LETTER_TOPIC.length()) {
            return configured;
        }
        // the channel part keeps its quotes ("a.b"), so the topic is looked up under the same spelling
        String channel = name.substring(0, name.length() - DEAD_LETTER_TOPIC.length());
        ConfigValue topic = context.proceed(channel + ".topic");
        if (topic == null || topic.getValue() == null) {
            return null;
        }
        String deadLetterTopic = Topics.deadLetter(topic.getValue());
        return ConfigValue.builder()
                .withName(name)
                .withValue(deadLetterTopic)
                .withRawValue(deadLetterTopic)
                .withConfigSourceName(getClass().getSimpleName() + " (from " + topic.getConfigSourceName() + ")")
                .withConfigSourceOrdinal(topic.getConfigSourceOrdinal())
                .build();
    }
}
