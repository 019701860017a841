package vn.cps.cases.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import vn.cps.cases.config.CaseConfig;
import vn.cps.cases.domain.CaseRuleViolation;
import vn.cps.cases.domain.ChildCase;
import vn.cps.cases.domain.ChildDetails;
import vn.cps.cases.domain.Intake;
import vn.cps.cases.domain.Location;
import vn.cps.cases.messaging.CaseEvents;
import vn.cps.cases.domain.TimelineEntry;
import vn.cps.cases.persistence.CaseRecords;
import vn.cps.cases.persistence.CaseReferenceSequence;
import vn.cps.cases.persistence.CaseRepository;
import vn.cps.cases.persistence.IntakeRepository;
import vn.cps.events.EventTypes;
import vn.cps.platform.outbox.Outbox;
import vn.cps.platform.problem.ProblemException;
import vn.cps.platform.reference.AdministrativeUnits;
import vn.cps.platform.reference.WorkingDayCalendar;
import vn.cps.platform.security.Caller;

/** Receiving reports (tiếp nhận, Decree 56/2017 Art. 25). */
@ApplicationScoped
public class IntakeService {

    private final IntakeRepository intakes;
    private final CaseRepository cases;
    private final CaseReferenceSequence references;
    private final CaseRecords records;
    private final Outbox outbox;
    private final Caller caller;
    private final CaseConfig config;
    private final Clock clock = Clock.systemUTC();

    IntakeService(IntakeRepository intakes, CaseRepository cases, CaseReferenceSequence references,
            CaseRecords records, Outbox outbox, Caller caller, CaseConfig config) {
        this.intakes = intakes;
        this.cases = cases;
        this.references = references;
        this.records = records;
        this.outbox = outbox;
        this.caller = caller;
        this.config = config;
    }

    /**
     * Records a report of harm and opens a case in RECEIVED with its 12-hour emergency deadline;
     * the intake, the case and {@code case.opened} commit together.
     */
    @Transactional
    public ChildCase receiveReportOfHarm(ReportOfHarm report) {
        Instant now = clock.instant();
        Instant receivedAt = report.receivedAt() != null ? report.receivedAt() : now;
        if (!AdministrativeUnits.isProvince(report.provinceCode())) {
            throw ProblemException.unprocessable("location.provinceCode",
                    "is not one of the 34 provinces in force since 1 July 2025");
        }
        if (!caller.jurisdiction().covers(report.provinceCode(), report.communeCode())) {
            throw ProblemException.unprocessable("location.communeCode", "lies outside your jurisdiction");
        }
        LocalDate receivedOn = LocalDate.ofInstant(receivedAt, config.legalZone());
        try {
            ChildDetails child = ChildDetails.of(report.childName(), report.childSex(), report.childBirthDate(),
                    report.childEstimatedAge(), receivedOn);
            Intake intake = Intake.reportOfHarm(report.channel(), receivedAt, report.callerRelationship(), child,
                    new Location(report.provinceCode(), report.communeCode()), report.harmTypes(), report.summary(),
                    caller.userId(), now);
            intakes.persist(intake);
            ChildCase opened = ChildCase.openFrom(intake,
                    references.next(report.provinceCode(), receivedOn.getYear()), config.emergencyWindow(),
                    WorkingDayCalendar.vietnam().endOfWorkingDaysAfter(receivedAt, config.planWorkingDays()), now);
            cases.persist(opened);
            records.add(TimelineEntry.step(opened.id(), "Case opened from a report received via "
                    + report.channel() + " at " + receivedAt, caller.userId(), now));
            outbox.append(CaseEvents.AGGREGATE_TYPE, opened.id(), EventTypes.CASE_OPENED_V1,
                    CaseEvents.opened(opened, config.legalZone()));
            return opened;
        } catch (CaseRuleViolation e) {
            throw ProblemException.unprocessable(e.field(), e.getMessage());
        }
    }
}
