package vn.cps.cases.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import vn.cps.cases.config.CaseConfig;
import vn.cps.cases.domain.ChildCase;
import vn.cps.cases.messaging.CaseEvents;
import vn.cps.cases.persistence.CaseRepository;
import vn.cps.cases.persistence.DeadlineAlerts;
import vn.cps.events.EventTypes;
import vn.cps.platform.outbox.Outbox;

/**
 * Watches the legal deadlines: emits {@code case.deadline-approaching} when less than the warning
 * period is left and {@code case.deadline-missed} once it has passed, each once per case and
 * deadline, in the same transaction that records it.
 */
@ApplicationScoped
public class DeadlineWatch {

    static final String APPROACHING = "APPROACHING";
    static final String MISSED = "MISSED";

    private final DeadlineAlerts alerts;
    private final CaseRepository cases;
    private final Outbox outbox;
    private final CaseConfig config;
    private final Clock clock = Clock.systemUTC();

    DeadlineWatch(DeadlineAlerts alerts, CaseRepository cases, Outbox outbox, CaseConfig config) {
        this.alerts = alerts;
        this.cases = cases;
        this.outbox = outbox;
        this.config = config;
    }

    @Scheduled(every = "${cps.case.deadline-scan-interval:60s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        scan();
    }

    /** One scan; returns how many alerts it emitted. */
    @Transactional
    public int scan() {
        Instant now = clock.instant();
        int emitted = 0;
        for (var due : alerts.unalerted(MISSED, Instant.EPOCH, now, now, 500)) {
            emitted += emit(due, MISSED, EventTypes.CASE_DEADLINE_MISSED_V1, now);
        }
        for (var due : alerts.unalerted(APPROACHING, now, now.plus(config.emergencyWarning()),
                now.plus(config.planWarning()), 500)) {
            emitted += emit(due, APPROACHING, EventTypes.CASE_DEADLINE_APPROACHING_V1, now);
        }
        return emitted;
    }

    private int emit(DeadlineAlerts.Due due, String kind, String type, Instant now) {
        if (!alerts.record(due, kind, now)) {
            return 0;
        }
        ChildCase c = cases.findById(due.caseId());
        outbox.append(CaseEvents.AGGREGATE_TYPE, c.id(), type, CaseEvents.deadline(c, due.deadline(), due.dueAt(), now));
        return 1;
    }
}
