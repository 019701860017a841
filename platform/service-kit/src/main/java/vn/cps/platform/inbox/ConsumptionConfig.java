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

    /**
     * Applied event ids are kept this long, then deleted. A redelivery older than that would be
     * applied again, so it must exceed the longest a consumer can stay behind (offsets of a group
     * are kept 7 days after it last committed; see docs/decisions.md).
     */
    @WithDefault("90d")
    Duration retention();

    /** Pause before the second attempt; doubled after each further failure. */
    @WithDefault("250ms")
    Duration firstBackoff();
}
