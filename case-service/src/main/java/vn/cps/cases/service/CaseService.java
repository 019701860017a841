package vn.cps.cases.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.cps.cases.config.CaseConfig;
import vn.cps.cases.domain.CaseRuleViolation;
import vn.cps.cases.domain.CaseStatus;
import vn.cps.cases.domain.ChildCase;
import vn.cps.cases.domain.Deadline;
import vn.cps.cases.domain.EmergencyMeasure;
import vn.cps.cases.domain.MatchSuggestion;
import vn.cps.cases.domain.SupportPlan;
import vn.cps.cases.domain.TimelineEntry;
import vn.cps.cases.domain.TimelineKind;
import vn.cps.cases.persistence.CaseAccessLog;
import vn.cps.cases.persistence.CaseRecords;
import vn.cps.cases.persistence.CaseRepository;
import vn.cps.platform.problem.ProblemException;
import vn.cps.platform.security.Caller;
import vn.cps.platform.text.VietnameseText;
import vn.cps.platform.web.KeysetCursor;
import vn.cps.platform.web.KeysetPage;

/** Reading cases and their records, each read of details recorded in the access log. */
@ApplicationScoped
public class CaseService {

    private final CaseRepository cases;
    private final CaseRecords records;
    private final CaseAccessLog accessLog;
    private final CaseAccess access;
    private final Caller caller;
    private final CaseConfig config;
    private final Clock clock = Clock.systemUTC();

    CaseService(CaseRepository cases, CaseRecords records, CaseAccessLog accessLog, CaseAccess access, Caller caller,
            CaseConfig config) {
        this.cases = cases;
        this.records = records;
        this.accessLog = accessLog;
        this.access = access;
        this.caller = caller;
        this.config = config;
    }

    /** The case, if it lies in the caller's scope; otherwise 404 as if it did not exist. */
    @Transactional
    public ChildCase read(UUID id, String purpose) {
        ChildCase found = access.readable(id);
        accessLog.recordRead(found.id(), caller.userId(), caller.roles(), purpose,
                CaseAccessLog.View.CASE);
        return found;
    }

    /** Whether the caller may see who reported (see {@link CaseAccess#maySeeReporter}). */
    public boolean maySeeReporter(ChildCase c) {
        return access.maySeeReporter(c.communeCode());
    }

    public boolean maySeeReporter(String communeCode) {
        return access.maySeeReporter(communeCode);
    }

    /** The legal deadlines of a case as they stand now. */
    public List<Deadline> deadlines(ChildCase c) {
        Instant now = clock.instant();
        return List.of(c.emergencyDeadlineAt(config.emergencyWarning(), now), c.planDeadlineAt(config.planWarning(), now));
    }

    /** Cases in the caller's scope, newest first, through the same scope rule as single reads. */
    @Transactional
    public KeysetPage<ChildCase> list(CaseStatus status, String childName, String cursor, int limit) {
        KeysetCursor after = KeysetCursor.decode(cursor);
        String folded = childName == null || childName.isBlank() ? null : VietnameseText.fold(childName);
        return KeysetPage.of(cases.page(caller.jurisdiction(), status, folded, after == null ? null : after.at(),
                after == null ? null : after.id(), limit + 1), limit, c -> new KeysetCursor(c.openedAt(), c.id()));
    }

    @Transactional
    public List<MatchSuggestion> matchSuggestions(UUID caseId) {
        return records.suggestions(inScope(caseId).id());
    }

    @Transactional
    public List<UUID> intakesOf(UUID caseId) {
        return records.linkedIntakes(access.readable(caseId).id());
    }

    @Transactional
    public List<SupportPlan> plans(UUID caseId) {
        return records.plans(inScope(caseId).id());
    }

    @Transactional
    public List<EmergencyMeasure> measures(UUID caseId) {
        return records.measures(inScope(caseId).id());
    }

    @Transactional
    public KeysetPage<TimelineEntry> timeline(UUID caseId, String cursor, int limit) {
        ChildCase c = inScope(caseId);
        KeysetCursor after = KeysetCursor.decode(cursor);
        return KeysetPage.of(records.timeline(c.id(), after == null ? null : after.at(),
                after == null ? null : after.id(), limit + 1), limit, e -> new KeysetCursor(e.recordedAt(), e.id()));
    }

    /** Appends a note, call, visit, document or correction; nothing is ever changed or removed. */
    @Transactional
    public TimelineEntry addToTimeline(UUID caseId, TimelineKind kind, String text, String documentName,
            UUID correctsEntryId) {
        ChildCase c = inScope(caseId);
        if (kind == TimelineKind.STEP) {
            throw ProblemException.unprocessable("kind", "STEP entries are written by the system");
        }
        if (correctsEntryId != null && !records.hasTimelineEntry(c.id(), correctsEntryId)) {
            throw ProblemException.unprocessable("correctsEntryId", "is not an entry of this case");
        }
        try {
            TimelineEntry entry = new TimelineEntry(c.id(), kind, text, documentName, correctsEntryId, caller.userId(),
                    clock.instant());
            records.add(entry);
            return entry;
        } catch (CaseRuleViolation e) {
            throw ProblemException.unprocessable(e.field(), e.getMessage());
        }
    }

    @Transactional
    public List<Object[]> accessLog(UUID caseId, int limit) {
        return records.accessLog(inScope(caseId).id(), limit);
    }

    /**
     * The other cases of the case's household or incident (opened from the same report) that the
     * caller's jurisdiction covers; a sibling transferred elsewhere is left out.
     */
    @Transactional
    public List<ChildCase> related(UUID caseId) {
        ChildCase c = inScope(caseId);
        return cases.ofIncidentGroup(c.incidentGroupId()).stream()
                .filter(other -> !other.id().equals(c.id()) && caller.canSee(other)).toList();
    }

    private ChildCase inScope(UUID id) {
        return access.changeable(id);
    }
}
