package org.letsconnect.platform.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/** Each incoming channel's dead-letter topic is named after its topic unless the channel names one. */
class DeadLetterTopicDefaultTest {

    @Test
    void aChannelNamingOnlyItsTopicDeadLettersToTopicDotDlq() {
        SmallRyeConfig config = configOf(Map.of("mp.messaging.incoming.badges.topic", "clinic.events.v1"));
        assertEquals("clinic.events.v1.dlq",
                config.getValue("mp.messaging.incoming.badges.dead-letter-queue.topic", String.class));
    }

    @Test
    void aDeadLetterTopicTheChannelNamesIsKept() {
        SmallRyeConfig config = configOf(Map.of(
                "mp.messaging.incoming.badges.topic", "clinic.events.v1",
                "mp.messaging.incoming.badges.dead-letter-queue.topic", "badges.poison"));
        assertEquals("badges.poison",
                config.getValue("mp.messaging.incoming.badges.dead-letter-queue.topic", String.class));
    }

    @Test
    void theTopicIsReadAsResolvedWithProfilesExpressionsAndQuotedChannelNames() {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withProfile("test")
                .withInterceptors(new DeadLetterTopicDefault())
                .withSources(new PropertiesConfigSource(Map.of(
                        "area", "clinic",
                        "mp.messaging.incoming.badges.topic", "${area}.events.v1",
                        "%test.mp.messaging.incoming.roles.topic", "registry.roles.v1",
                        "mp.messaging.incoming.\"registry.contacts\".topic", "registry.contacts.v1"), "test", 100))
                .addDefaultInterceptors()
                .build();
        assertEquals("clinic.events.v1.dlq",
                config.getValue("mp.messaging.incoming.badges.dead-letter-queue.topic", String.class));
        assertEquals("registry.roles.v1.dlq",
                config.getValue("mp.messaging.incoming.roles.dead-letter-queue.topic", String.class));
        assertEquals("registry.contacts.v1.dlq",
                config.getValue("mp.messaging.incoming.\"registry.contacts\".dead-letter-queue.topic", String.class));
    }

    @Test
    void aChannelWithoutASingleTopicAndOutgoingChannelsGetNothing() {
        SmallRyeConfig config = configOf(Map.of(
                "mp.messaging.incoming.everything.topics", "a.v1,b.v1",
                "mp.messaging.outgoing.outbox.topic", "letsconnect.outbox.unrouted"));
        assertTrue(config.getOptionalValue("mp.messaging.incoming.everything.dead-letter-queue.topic", String.class)
                .isEmpty(), "SmallRye's own default applies");
        assertTrue(config.getOptionalValue("mp.messaging.outgoing.outbox.dead-letter-queue.topic", String.class)
                .isEmpty());
    }

    private static SmallRyeConfig configOf(Map<String, String> properties) {
        return new SmallRyeConfigBuilder()
                .withInterceptors(new DeadLetterTopicDefault())
                .withSources(new PropertiesConfigSource(properties, "test", 100))
                .addDefaultInterceptors()
                .build();
    }
}
