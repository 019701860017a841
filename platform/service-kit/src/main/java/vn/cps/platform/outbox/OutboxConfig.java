package vn.cps.platform.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the outbox relay ({@code cps.outbox.*}). */
@ConfigMapping(prefix = "cps.outbox")
public interface OutboxConfig {

    /** The topic this service publishes to. */
    String topic();

    /** The CloudEvents source, e.g. {@code /case-service}. */
    String source();

    /** Rows taken per relay batch. */
    @WithDefault("200")
    int batchSize();

    /** The safety-net sweep for rows whose after-commit wake-up was lost (e.g. a crash). */
    @WithDefault("2s")
    Duration sweepInterval();

    /** Whether the relay runs in this instance. */
    @WithDefault("true")
    boolean relayEnabled();

    /** How long a drain waits after a wake before it reads, so that commits close together go out in one batch. */
    @WithDefault("2ms")
    Duration debounce();

    /** Published rows are kept this long (for tracing and the benchmark's latencies), then deleted. */
    @WithDefault("7d")
    Duration retention();

    /** How long the producer may wait for the broker before a batch is given up and retried. */
    @WithDefault("15s")
    Duration deliveryTimeout();
}
