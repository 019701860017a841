package vn.cps.cases.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.cps.cases.config.CaseConfig;
import vn.cps.cases.domain.CaseRuleViolation;
import vn.cps.cases.domain.ChildCase;
import vn.cps.cases.domain.ChildDetails;
import vn.cps.cases.domain.Intake;
import vn.cps.cases.domain.Location;
import vn.cps.cases.domain.MatchSuggestion;
import vn.cps.cases.domain.ReporterContact;
import vn.cps.cases.domain.TimelineEntry;
import vn.cps.cases.messaging.CaseEvents;
import vn.cps.cases.persistence.CaseRecords;
import vn.cps.cases.persistence.CaseReferenceSequence;
import vn.cps.cases.persistence.CaseRepository;
import vn.cps.cases.persistence.IntakeRepository;
import vn.cps.events.EventTypes;
import vn.cps.platform.idempotency.IdempotencyKeys;
import vn.cps.platform.outbox.Outbox;
import vn.cps.platform.problem.ProblemException;
import vn.cps.platform.reference.AdministrativeUnits;
import vn.cps.platform.reference.AdministrativeUnits.Commune;
import vn.cps.platform.reference.WorkingDayCalendar;
import vn.cps.platform.security.Caller;
import vn.cps.platform.security.Jurisdiction;

/** Receiving calls and reports (tiếp nhận, Decree 56/2017 Art. 25). */
@ApplicationScoped
public class IntakeService {

    private final IntakeRepository intakes;
    private final CaseRepository cases;
    private final CaseReferenceSequence references;
    private final CaseRecords records;
    private final IdempotencyKeys idempotencyKeys;
    private final Outbox outbox;
    private final Caller caller;
    private final CaseConfig config;
    private final Clock clock = Clock.systemUTC();

    IntakeService(IntakeRepository intakes, CaseRepository cases, CaseReferenceSequence references,
            CaseRecords records, IdempotencyKeys idempotencyKeys, Outbox outbox, Caller caller, CaseConfig config) {
        this.intakes = intakes;
        this.cases = cases;
        this.references = references;
        this.records = records;
        this.idempotencyKeys = idempotencyKeys;
        this.outbox = outbox;
        this.caller = caller;
        this.config = config;
    }

    /** The recorded intake and the case it opened, if any; {@code replayed} when an earlier request had the same key. */
    public record Received(Intake intake, ChildCase opened, boolean replayed) {
    }

    /**
     * Records a call or report. A report of harm opens a case in RECEIVED with its 12-hour
     * emergency deadline and its 5-working-day plan deadline. The intake, the case and their events
     * commit together. With an idempotency key, a retry returns the first result.
     */
    @Transactional
    public Received receive(IntakeReport report, String idempotencyKey) {
        IdempotencyKeys.Result<Received> result = idempotencyKeys.once(caller.userId(), idempotencyKey, report,
                () -> record(report), received -> received.intake().id().toString(),
                id -> read(UUID.fromString(id)));
        Received received = result.record();
        return new Received(received.intake(), received.opened(), result.replayed());
    }

    private Received record(IntakeReport report) {
        Instant now = clock.instant();
        Instant receivedAt = report.receivedAt() != null ? report.receivedAt() : now;
        LocalDate receivedOn = LocalDate.ofInstant(receivedAt, config.legalZone());
        Location location = location(report);
        try {
            ChildDetails child = report.childName() == null ? null : ChildDetails.of(report.childName(),
                    report.childSex(), report.childBirthDate(), report.childEstimatedAge(), report.childPersonalId(),
                    receivedOn);
            ReporterContact reporter = report.reporterName() == null && report.reporterPhone() == null
                    && report.reporterAddress() == null ? null
                    : new ReporterContact(report.reporterName(), report.reporterPhone(), report.reporterAddress());
            Intake intake = Intake.record(report.category(), report.channel(), receivedAt, report.callerRelationship(),
                    reporter, child, location, report.harmTypes(), report.summary(), caller.userId(), now);
            // the reads come first, while nothing waits to be flushed: the writes then go out
            // together at the end, in JDBC batches, with no lock taken on the way (see docs/decisions.md)
            ChildCase opened = null;
            List<Object[]> candidates = List.of();
            if (intake.opensCase()) {
                candidates = records.matchCandidates(child.personalId(), child.foldedName(), child.birthYear(),
                        location.communeCode());
                opened = ChildCase.openFrom(intake, references.next(location.provinceCode(), receivedOn.getYear()),
                        config.emergencyWindow(),
                        WorkingDayCalendar.vietnam().endOfWorkingDaysAfter(receivedAt, config.planWorkingDays()), now);
            }
            intakes.persist(intake);
            if (opened != null) {
                cases.persist(opened);
                records.add(TimelineEntry.step(opened.id(), "Case opened from a report received via "
                        + report.channel() + " at " + receivedAt, caller.userId(), now));
                for (Object[] row : candidates) {
                    records.add(new MatchSuggestion(opened.id(), (UUID) row[0],
                            MatchSuggestion.Reason.valueOf((String) row[1])));
                }
            }
            outbox.append("intake", intake.id(), EventTypes.CASE_INTAKE_RECORDED_V1,
                    CaseEvents.intakeRecorded(intake, opened));
            if (opened != null) {
                outbox.append(CaseEvents.AGGREGATE_TYPE, opened.id(), EventTypes.CASE_OPENED_V1,
                        CaseEvents.opened(opened, config.legalZone()));
                records.linkIntake(opened.id(), intake.id(), now);
            }
            return new Received(intake, opened, false);
        } catch (CaseRuleViolation e) {
            throw ProblemException.unprocessable(e.field(), e.getMessage());
        }
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
        return new Received(intake, cases.ofIntake(intakeId).orElse(null), false);
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
