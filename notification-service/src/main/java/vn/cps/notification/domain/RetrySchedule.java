package vn.cps.notification.domain;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * When to try a failed delivery again: exponential backoff from the first delay, capped, with
 * "equal jitter" (half the delay fixed, half random) so that receivers that failed together are
 * not retried together; after the last attempt the delivery is given up.
 */
public record RetrySchedule(int maxAttempts, Duration firstDelay, Duration maxDelay) {

    public RetrySchedule {
        if (maxAttempts < 1 || firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("Invalid retry schedule");
        }
    }

    /** Whether a delivery that failed its n-th attempt is given up. */
    public boolean exhausted(int attempts) {
        return attempts >= maxAttempts;
    }

    /** The pause after the n-th failed attempt (1-based): between half and all of first * 2^(n-1), capped. */
    public Duration delayAfter(int attempts, RandomGenerator random) {
        long first = firstDelay.toMillis();
        long cap = maxDelay.toMillis();
        int shift = Math.min(Math.max(attempts - 1, 0), 30);
        long exponential = first > (cap >> shift) ? cap : Math.min(cap, first << shift);
        long half = exponential / 2;
        return Duration.ofMillis(half + random.nextLong(exponential - half + 1));
    }
}
