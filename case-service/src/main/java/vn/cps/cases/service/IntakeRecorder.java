package vn.cps.cases.service;

import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.cps.cases.config.CaseConfig;
import vn.cps.cases.domain.CaseReference;
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
import vn.cps.platform.reference.WorkingDayCalendar;
import vn.cps.platform.sealing.Sealing;

/**
 * Writes a group of intakes in one transaction (group commit, docs/decisions.md): all reads and
 * key claims first, then every write, so that Hibernate sends each table's rows of the whole group
 * as one batch. Runs on the writer threads, outside any request: what it needs of the caller comes
 * in the {@link Draft}.
 */
@ApplicationScoped
class IntakeRecorder {

    /** An intake checked in its request and waiting to be written. */
    record Draft(IntakeReport report, String idempotencyKey, String userId, Location location, Instant now,
            Context trace) {

        Instant receivedAt() {
            return report.receivedAt() != null ? report.receivedAt() : now;
        }
    }

    /** What writing a draft gave. */
    sealed interface Written {

        record Recorded(IntakeService.Received received) implements Written {
        }

        /** An earlier request with the same key recorded this intake. */
        record Replayed(UUID intakeId) implements Written {
        }

        record Refused(ProblemException problem) implements Written {
        }
    }

    private final IntakeRepository intakes;
    private final CaseRepository cases;
    private final CaseReferenceSequence references;
    private final CaseRecords records;
    private final IdempotencyKeys idempotencyKeys;
    private final Outbox outbox;
    private final CaseConfig config;
    private final Sealing sealing;

    IntakeRecorder(IntakeRepository intakes, CaseRepository cases, CaseReferenceSequence references,
            CaseRecords records, IdempotencyKeys idempotencyKeys, Outbox outbox, CaseConfig config, Sealing sealing) {
        this.intakes = intakes;
        this.cases = cases;
        this.references = references;
        this.records = records;
        this.idempotencyKeys = idempotencyKeys;
        this.outbox = outbox;
        this.config = config;
        this.sealing = sealing;
    }

    /**
     * The intake a draft records, not yet written; refuses (422) what the rules of the law refuse.
     * Called once in the request to refuse early, and again for each write, as a failed group's
     * entities cannot be written a second time.
     */
    Intake intake(Draft draft) {
        IntakeReport report = draft.report();
        LocalDate receivedOn = LocalDate.ofInstant(draft.receivedAt(), config.legalZone());
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
            return Intake.record(report.category(), report.channel(), draft.receivedAt(), report.callerRelationship(),
                    reporter, children, draft.location(), report.harmTypes(), report.summary(), draft.userId(),
                    draft.now());
        } catch (CaseRuleViolation e) {
            throw ProblemException.unprocessable(e.field(), e.getMessage());
        }
    }

    /**
     * Records the drafts in one transaction and answers each, in order. A report of harm opens one
     * case per child, each in RECEIVED with its 12-hour emergency and 5-working-day plan deadlines, all
     * in one incident group; the intakes, the cases and their events commit together.
     */
    @Transactional
    List<Written> record(List<Draft> drafts) {
        Written[] answers = new Written[drafts.size()];
        List<Drafted> drafted = new ArrayList<>();
        // the first draft of the group with each key: a retry of it in the same group finds its claim
        // still running, and gets its record, as it would have in a group of its own
        Map<List<String>, Integer> firstWithKey = new HashMap<>();
        Map<Integer, Integer> retries = new HashMap<>();
        for (int i = 0; i < drafts.size(); i++) {
            Draft draft = drafts.get(i);
            if (draft.idempotencyKey() != null) {
                Integer first = firstWithKey.putIfAbsent(List.of(draft.userId(), draft.idempotencyKey()), i);
                IdempotencyKeys.Claim claim = idempotencyKeys.claim(draft.userId(), draft.idempotencyKey(), draft.report());
                if (claim instanceof IdempotencyKeys.Claim.Running running) {
                    if (first != null) {
                        retries.put(i, first);
                    } else {
                        answers[i] = new Written.Refused(running.problem());
                    }
                    continue;
                }
                if (claim instanceof IdempotencyKeys.Claim.Refused refused) {
                    answers[i] = new Written.Refused(refused.problem());
                    continue;
                }
                if (claim instanceof IdempotencyKeys.Claim.Replay replay) {
                    answers[i] = new Written.Replayed(UUID.fromString(replay.resourceId()));
                    continue;
                }
            }
            drafted.add(new Drafted(i, draft, intake(draft)));
        }
        // the reads come first, while nothing waits to be flushed, one statement each for the whole group:
        // the writes then go out together at the end, in JDBC batches, with no lock taken on the way
        // (docs/decisions.md)
        List<Pending> pending = open(drafted);
        List<CaseRecords.IntakeLink> links = new ArrayList<>();
        for (Pending p : pending) {
            try (Scope ignored = p.draft().trace().makeCurrent()) {
                write(p);
            }
            for (ChildCase c : p.opened()) {
                links.add(new CaseRecords.IntakeLink(c.id(), p.intake().id(), p.draft().now()));
            }
            answers[p.index()] = new Written.Recorded(new IntakeService.Received(p.intake(), List.copyOf(p.opened()), false));
        }
        records.linkIntakes(links);
        for (Pending p : pending) {
            if (p.draft().idempotencyKey() != null) {
                idempotencyKeys.complete(p.draft().userId(), p.draft().idempotencyKey(), p.intake().id().toString());
            }
        }
        retries.forEach((retry, first) -> answers[retry] = answers[first] instanceof Written.Recorded recorded
                ? new Written.Replayed(recorded.received().intake().id()) : answers[first]);
        return Arrays.asList(answers);
    }

    private record Drafted(int index, Draft draft, Intake intake) {
    }

    private record Pending(int index, Draft draft, Intake intake, List<ChildCase> opened,
            List<List<CaseRecords.MatchCandidate>> candidates) {
    }

    /** The cases the group's intakes open, with their references and possible duplicates. */
    private List<Pending> open(List<Drafted> drafted) {
        List<CaseRecords.MatchProbe> probes = new ArrayList<>();
        List<CaseReferenceSequence.Scope> scopes = new ArrayList<>();
        for (Drafted d : drafted) {
            if (d.intake().opensCase()) {
                Location location = d.draft().location();
                int year = LocalDate.ofInstant(d.draft().receivedAt(), config.legalZone()).getYear();
                for (IntakeChild named : d.intake().children()) {
                    ChildDetails child = named.details();
                    probes.add(new CaseRecords.MatchProbe(child.personalIdHash(), child.foldedName(), child.birthYear(),
                            location.communeCode()));
                    scopes.add(new CaseReferenceSequence.Scope(location.provinceCode(), year));
                }
            }
        }
        // asked before any case of the group is written, so siblings never match each other
        List<List<CaseRecords.MatchCandidate>> candidates = records.matchCandidates(probes);
        List<CaseReference> numbers = references.next(scopes);
        List<Pending> pending = new ArrayList<>();
        int child = 0;
        for (Drafted d : drafted) {
            List<ChildCase> opened = new ArrayList<>();
            List<List<CaseRecords.MatchCandidate>> found = new ArrayList<>();
            if (d.intake().opensCase()) {
                Instant receivedAt = d.draft().receivedAt();
                UUID incidentGroup = UUID.randomUUID();
                Instant planDeadline = WorkingDayCalendar.vietnam().endOfWorkingDaysAfter(receivedAt, config.planWorkingDays());
                for (IntakeChild named : d.intake().children()) {
                    opened.add(openCase(d, named, incidentGroup, numbers.get(child), planDeadline));
                    found.add(candidates.get(child));
                    child++;
                }
            }
            pending.add(new Pending(d.index(), d.draft(), d.intake(), opened, found));
        }
        return pending;
    }

    private ChildCase openCase(Drafted d, IntakeChild named, UUID incidentGroup, CaseReference reference,
            Instant planDeadline) {
        try {
            return ChildCase.openFrom(d.intake(), named, incidentGroup, reference, config.emergencyWindow(), planDeadline,
                    d.draft().now());
        } catch (CaseRuleViolation e) {
            // thrown, not answered: the draft's key may be claimed already, and must not stay claimed
            throw ProblemException.unprocessable(e.field(), e.getMessage());
        }
    }

    private void write(Pending p) {
        Intake intake = p.intake();
        Draft draft = p.draft();
        intakes.persist(intake);
        outbox.append("intake", intake.id(), EventTypes.CASE_INTAKE_RECORDED_V1, CaseEvents.intakeRecorded(intake, p.opened()));
        String siblings = p.opened().size() > 1 ? " naming " + p.opened().size() + " children" : "";
        for (int i = 0; i < p.opened().size(); i++) {
            ChildCase c = p.opened().get(i);
            cases.persist(c);
            records.add(TimelineEntry.step(c.id(), "Case opened from a report received via "
                    + draft.report().channel() + " at " + draft.receivedAt() + siblings, draft.userId(), draft.now()));
            for (CaseRecords.MatchCandidate candidate : p.candidates().get(i)) {
                records.add(new MatchSuggestion(c.id(), candidate.caseId(), candidate.reason()));
            }
            outbox.append(CaseEvents.AGGREGATE_TYPE, c.id(), EventTypes.CASE_OPENED_V1, CaseEvents.opened(c, config.legalZone()));
        }
    }
}
