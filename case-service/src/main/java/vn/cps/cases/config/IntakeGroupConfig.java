package vn.cps.cases.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How intakes are written in groups ({@code cps.case.intake-groups.*}, docs/decisions.md): the
 * intakes that arrive while a group commits are written together in the next one.
 */
@ConfigMapping(prefix = "cps.case.intake-groups")
public interface IntakeGroupConfig {

    /** Threads that write groups; two, so that one group is built while the other waits for its commit. */
    @WithDefault("2")
    int writers();

    /** The most intakes in one transaction. */
    @WithDefault("32")
    int maxSize();

    /** Intakes that may wait for a writer; more are refused with 503 (the worker pool is far smaller). */
    @WithDefault("256")
    int capacity();
}
