package org.letsconnect.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the chatty infrastructure at WARN. The broker, PostgreSQL and GreenMail log through slf4j; under
 * Quarkus (and in this module's tests) slf4j goes to jboss-logmanager, which is the JUL log manager, so JUL
 * levels apply. Without an slf4j provider (e.g. the local stack) nothing is logged at all.
 */
final class QuietLogging {

    /** Logger categories quietened, also handed to Quarkus as {@code quarkus.log.category} config. */
    static final List<String> CATEGORIES = List.of("kafka", "org.apache.kafka", "state.change.logger",
            "io.zonky.test", "com.icegreen.greenmail");

    // strong references: JUL may otherwise forget a level set on a logger nobody holds
    private static final List<Logger> HELD = new ArrayList<>();

    private QuietLogging() {
    }

    static synchronized void apply() {
        if (!HELD.isEmpty() || Boolean.getBoolean("testkit.verbose")) {
            return;
        }
        for (String category : CATEGORIES) {
            Logger logger = Logger.getLogger(category);
            logger.setLevel(Level.WARNING);
            HELD.add(logger);
        }
    }

    static void addQuarkusConfig(Map<String, String> config) {
        if (Boolean.getBoolean("testkit.verbose")) {
            return;
        }
        for (String category : CATEGORIES) {
            config.put("quarkus.log.category.\"" + category + "\".level", "WARN");
        }
    }
}
