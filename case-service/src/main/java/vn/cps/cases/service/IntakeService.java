package vn.cps.cases.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.cps.cases.config.CaseConfig;
import vn.cps.cases.domain.CaseRuleViolation;
import vn.cps.cases.domain.ChildCase;
import vn.cps.cases.domain.ChildDetails;
import vn.cps.cases.domain.Intake;
import vn.cps.cases.domain.IntakeChild;
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
import vn.cps.platform.sealing.Sealing;
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
    private final Sealing sealing;
    private final Clock clock = Clock.systemUTC();

    IntakeService(IntakeRepository intakes, CaseRepository cases, CaseReferenceSequence references,
            CaseRecords records, IdempotencyKeys idempotencyKeys, Outbox outbox, Caller caller, CaseConfig config,
            Sealing sealing) {
        this.sealing = sealing;
        this.intakes = intakes;
        this.cases = cases;
        this.references = references;
        this.records = records;
        this.idempotencyKeys = idempotencyKeys;
        this.outbox = outbox;
        this.caller = caller;
        this.config = config;
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
            List<ChildDetails> children = new ArrayList<>();
            for (int i = 0; i < report.children().size(); i++) {
                IntakeReport.Child c = report.children().get(i);
                try {
                    children.add(ChildDetails.of(c.fullName(), c.sex(), c.birthDate(), c.estimatedAge(),
                            c.personalId(), sealing.lookupHash(c.personalId()), receivedOn));
                } catch (CaseRuleViolation e) {
                    // name the child the refusal is about when the report named several
                    throw report.children().size() == 1 ? e
                            : new CaseRuleViolation(e.field().replaceFirst("^child", "children[" + i + "]"), e.getMessage());
                }
            }
            ReporterContact reporter = report.reporterName() == null && report.reporterPhone() == null
                    && report.reporterAddress() == null ? null
                    : new ReporterContact(report.reporterName(), report.reporterPhone(), report.reporterAddress());
            Intake intake = Intake.record(report.category(), report.channel(), receivedAt, report.callerRelationship(),
                    reporter, children, location, report.harmTypes(), report.summary(), caller.userId(), now);
            // the reads come first, while nothing waits to be flushed: the writes then go out
            // together at the end, in JDBC batches, with no lock taken on the way (see docs/decisions.md)
            List<ChildCase> opened = new ArrayList<>();
            List<List<Object[]>> candidates = new ArrayList<>();
            if (intake.opensCase()) {
                UUID incidentGroup = UUID.randomUUID();
                Instant planDeadline = WorkingDayCalendar.vietnam().endOfWorkingDaysAfter(receivedAt,
                        config.planWorkingDays());
                for (IntakeChild named : intake.children()) {
                    ChildDetails child = named.details();
                    // asked before any case of this report is written, so siblings never match each other
                    candidates.add(records.matchCandidates(child.personalIdHash(), child.foldedName(), child.birthYear(),
                            location.communeCode()));
                    opened.add(ChildCase.openFrom(intake, named, incidentGroup,
                            references.next(location.provinceCode(), receivedOn.getYear()), config.emergencyWindow(),
                            planDeadline, now));
                }
            }
            intakes.persist(intake);
            outbox.append("intake", intake.id(), EventTypes.CASE_INTAKE_RECORDED_V1,
                    CaseEvents.intakeRecorded(intake, opened));
            String siblings = opened.size() > 1 ? " naming " + opened.size() + " children" : "";
            for (int i = 0; i < opened.size(); i++) {
                ChildCase c = opened.get(i);
                cases.persist(c);
                records.add(TimelineEntry.step(c.id(), "Case opened from a report received via "
                        + report.channel() + " at " + receivedAt + siblings, caller.userId(), now));
                for (Object[] row : candidates.get(i)) {
                    records.add(new MatchSuggestion(c.id(), (UUID) row[0],
                            MatchSuggestion.Reason.valueOf((String) row[1])));
                }
                outbox.append(CaseEvents.AGGREGATE_TYPE, c.id(), EventTypes.CASE_OPENED_V1,
                        CaseEvents.opened(c, config.legalZone()));
            }
            if (!opened.isEmpty()) {
                records.linkIntake(opened.stream().map(ChildCase::id).toList(), intake.id(), now);
            }
            return new Received(intake, List.copyOf(opened), false);
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
