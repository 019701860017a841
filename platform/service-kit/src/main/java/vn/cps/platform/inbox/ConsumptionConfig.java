package vn.cps.platform.inbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of event consumption ({@code cps.consumer.*}). */
@ConfigMapping(prefix = "cps.consumer")
public interface ConsumptionConfig {

    /** This service's name in {@code processed_event}; one per consumer group. */
    @WithDefault("${quarkus.application.name}")
    String name();

    /** Attempts of an event whose effect fails (e.g. the database is down) before it is dead-lettered. */
    @WithDefault("8")
    int maxAttempts();

    /** Pause before the second attempt; doubled after each further failure. */
    @WithDefault("250ms")
    Duration firstBackoff();
}
