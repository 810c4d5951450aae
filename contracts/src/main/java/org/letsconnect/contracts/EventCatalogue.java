package org.letsconnect.contracts;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Look-ups over {@link EventType}. */
public final class EventCatalogue {

    private static final List<EventType> ALL = List.of(EventType.values());
    private static final Map<String, EventType> BY_TYPE = Arrays.stream(EventType.values())
            .collect(Collectors.toUnmodifiableMap(EventType::type, Function.identity()));

    private EventCatalogue() {
    }

    /** The catalogue entry of a CloudEvent type; empty for types this version does not know (skip them). */
    public static Optional<EventType> byType(String cloudEventType) {
        return cloudEventType == null ? Optional.empty() : Optional.ofNullable(BY_TYPE.get(cloudEventType));
    }

    /** Every event type. */
    public static List<EventType> all() {
        return ALL;
    }

    /** The event types published on a topic. */
    public static List<EventType> onTopic(String topic) {
        return ALL.stream().filter(t -> t.topic().equals(topic)).toList();
    }
}
