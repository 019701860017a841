package vn.cps.cases.service;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.context.Context;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.cps.cases.config.IntakeGroupConfig;
import vn.cps.cases.domain.ChildCase;
import vn.cps.cases.domain.Intake;
import vn.cps.cases.domain.Location;
import vn.cps.cases.persistence.CaseRepository;
import vn.cps.cases.persistence.IntakeRepository;
import vn.cps.platform.problem.ProblemException;
import vn.cps.platform.reference.AdministrativeUnits;
import vn.cps.platform.reference.AdministrativeUnits.Commune;
import vn.cps.platform.security.Caller;
import vn.cps.platform.security.Jurisdiction;
import vn.cps.platform.work.GroupCommit;

/**
 * Receiving calls and reports (tiếp nhận, Decree 56/2017 Art. 25). A report is checked in its
 * request, then written with the others that arrive at the same time, in one transaction
 * ({@link IntakeRecorder}, docs/decisions.md "Intakes are written in groups").
 */
@ApplicationScoped
@Startup // its writers and their metric exist before the first intake
public class IntakeService {

    private final IntakeRepository intakes;
    private final CaseRepository cases;
    private final IntakeRecorder recorder;
    private final Caller caller;
    private final Duration answerWithin;
    private final GroupCommit<IntakeRecorder.Draft, IntakeRecorder.Written> groups;
    private final Clock clock = Clock.systemUTC();

    IntakeService(IntakeRepository intakes, CaseRepository cases, IntakeRecorder recorder, Caller caller,
            IntakeGroupConfig groupConfig, MeterRegistry registry,
            @ConfigProperty(name = "quarkus.transaction-manager.default-transaction-timeout", defaultValue = "60s")
            Duration transactionTimeout) {
        this.intakes = intakes;
        this.cases = cases;
        this.recorder = recorder;
        this.caller = caller;
        // a group ends within its transaction's timeout; its wait in the queue before that is bounded too
        this.answerWithin = transactionTimeout.multipliedBy(2);
        DistributionSummary groupSizes = DistributionSummary.builder("cps.intake.groups")
                .description("Intakes written in one transaction").baseUnit("intakes")
                .serviceLevelObjectives(1, 2, 4, 8, 16, 32).register(registry);
        this.groups = new GroupCommit<>("intake-writer", groupConfig.writers(), groupConfig.maxSize(),
                groupConfig.capacity(), recorder::record, groupSizes::record);
    }

    /**
     * The recorded intake and the cases it opened, one per child in the order the report named them
     * (none for other categories); {@code replayed} when an earlier request had the same key.
     */
    public record Received(Intake intake, List<ChildCase> opened, boolean replayed) {

        public ChildCase first() {
            return opened.isEmpty() ? null : opened.get(0);
        }
    }

    /**
     * Records a call or report. A report of harm opens one case per child, each in RECEIVED with
     * its own 12-hour emergency deadline and 5-working-day plan deadline, all in one incident group.
     * The intake, the cases and their events commit together. With an idempotency key, a retry
     * returns the first result: the same intake and the same cases.
     */
    public Received receive(IntakeReport report, String idempotencyKey) {
        IntakeRecorder.Draft draft = new IntakeRecorder.Draft(report, idempotencyKey, caller.userId(), location(report),
                clock.instant(), Context.current());
        recorder.intake(draft); // refuses what the law refuses here, before the draft waits for a writer
        IntakeRecorder.Written written = await(groups.submit(draft));
        if (written instanceof IntakeRecorder.Written.Refused refused) {
            throw refused.problem();
        }
        if (written instanceof IntakeRecorder.Written.Replayed replayed) {
            Received first = read(replayed.intakeId());
            return new Received(first.intake(), first.opened(), true);
        }
        return ((IntakeRecorder.Written.Recorded) written).received();
    }

    private IntakeRecorder.Written await(CompletableFuture<IntakeRecorder.Written> answer) {
        try {
            return answer.get(answerWithin.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RejectedExecutionException) {
                throw ProblemException.unavailable("Too many intakes are waiting to be written; retry in a moment");
            }
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            // its group may still commit: a retry with the same Idempotency-Key then finds it
            throw ProblemException.unavailable("The intake was not written within " + answerWithin.toSeconds()
                    + " s; retry with the same Idempotency-Key");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ProblemException.unavailable("The service is stopping; retry with the same Idempotency-Key");
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        groups.stop(Duration.ofSeconds(10));
    }

    /** An intake in the caller's scope; one without a place is visible to national callers only. */
    @Transactional
    public Received read(UUID intakeId) {
        Intake intake = intakes.findById(intakeId);
        if (intake == null) {
            throw ProblemException.notFound("Intake", intakeId);
        }
        Jurisdiction scope = caller.jurisdiction();
        boolean visible = intake.provinceCode() == null ? scope.level() == Jurisdiction.Level.NATIONAL
                : scope.covers(intake.provinceCode(), intake.communeCode());
        if (!visible) {
            throw ProblemException.notFound("Intake", intakeId);
        }
        intake.children(); // loaded while the transaction is open: the answer counts them
        return new Received(intake, cases.ofIntake(intakeId), false);
    }

    private Location location(IntakeReport report) {
        if (report.communeCode() == null) {
            return null;
        }
        Commune commune = AdministrativeUnits.requireCommune("location.communeCode", report.communeCode(), report.provinceCode());
        if (!caller.jurisdiction().covers(commune.provinceCode(), commune.code())) {
            throw ProblemException.unprocessable("location.communeCode", "lies outside your jurisdiction");
        }
        return new Location(commune.provinceCode(), commune.code());
    }
}
