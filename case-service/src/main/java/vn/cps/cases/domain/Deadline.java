package vn.cps.cases.domain;

import java.time.Duration;
import java.time.Instant;

/** A legal deadline of a case, its due time, when it was met, and its status at a moment. */
public record Deadline(String name, Instant dueAt, Instant metAt, DeadlineStatus status) {

    public static Deadline evaluate(String name, Instant dueAt, Instant metAt, boolean applies, Duration warning,
            Instant now) {
        if (!applies) {
            return new Deadline(name, dueAt, metAt, DeadlineStatus.NOT_APPLICABLE);
        }
        if (metAt != null) {
            return new Deadline(name, dueAt, metAt, metAt.isAfter(dueAt) ? DeadlineStatus.MISSED : DeadlineStatus.MET);
        }
        if (now.isAfter(dueAt)) {
            return new Deadline(name, dueAt, null, DeadlineStatus.MISSED);
        }
        return new Deadline(name, dueAt, null,
                now.plus(warning).isAfter(dueAt) ? DeadlineStatus.DUE_SOON : DeadlineStatus.PENDING);
    }
}
