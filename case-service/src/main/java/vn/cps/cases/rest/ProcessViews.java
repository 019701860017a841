package vn.cps.cases.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cps.cases.domain.ChildCase;
import vn.cps.cases.domain.Deadline;
import vn.cps.cases.domain.EmergencyMeasure;
import vn.cps.cases.domain.PlanAction;
import vn.cps.cases.domain.SupportPlan;
import vn.cps.cases.domain.TimelineEntry;
import vn.cps.platform.reference.AdministrativeUnits;

/** Response bodies of the case process. */
public final class ProcessViews {

    private ProcessViews() {
    }

    public record PlanView(UUID id, UUID caseId, int cycle, String status, String goals, List<ActionView> actions,
            Instant submittedAt, Instant decidedAt, String decisionNote) {

        static PlanView of(SupportPlan p) {
            return new PlanView(p.id(), p.caseId(), p.cycle(), p.status().name(), p.goals(),
                    p.actions().stream().map(ActionView::of).toList(), p.submittedAt(), p.decidedAt(), p.decisionNote());
        }
    }

    public record ActionView(UUID id, String description, String agencyCode, String assignee, LocalDate dueDate,
            String status, Instant completedAt, String outcome) {

        static ActionView of(PlanAction a) {
            return new ActionView(a.id(), a.description(), a.agencyCode(), a.assignee(), a.dueDate(), a.status().name(),
                    a.completedAt(), a.outcome());
        }
    }

    public record MeasureView(UUID id, String type, Instant takenAt, LocalDate separationUntil, int extensions,
            String notes, String decidedBy) {

        static MeasureView of(EmergencyMeasure m) {
            return new MeasureView(m.id(), m.type().name(), m.takenAt(), m.separationUntil(), m.extensions(), m.notes(),
                    m.decidedBy());
        }
    }

    public record MeetingView(UUID id, LocalDate heldOn, List<String> participants, String conclusions,
            Instant recordedAt) {

        static MeetingView of(vn.cps.cases.domain.CaseMeeting m) {
            return new MeetingView(m.id(), m.heldOn(), m.participants(), m.conclusions(), m.recordedAt());
        }
    }

    public record MatchView(UUID id, UUID candidateCaseId, String reason, String status, Instant decidedAt) {

        static MatchView of(vn.cps.cases.domain.MatchSuggestion m) {
            return new MatchView(m.id(), m.candidateCaseId(), m.reason().name(), m.status().name(), m.decidedAt());
        }
    }

    public record TimelineView(UUID id, String kind, String text, String documentName, UUID correctsEntryId,
            String author, Instant recordedAt) {

        static TimelineView of(TimelineEntry t) {
            return new TimelineView(t.id(), t.kind().name(), t.text(), t.documentName(), t.correctsEntryId(),
                    t.author(), t.recordedAt());
        }
    }

    public record TimelinePage(List<TimelineView> items, String nextCursor) {
    }

    /** A case in a list: no personal data, only what a worklist needs. */
    public record CaseSummary(UUID id, String reference, String status, String provinceCode, String provinceName,
            String communeCode, String communeName, Instant receivedAt, String riskLevel, List<CaseView.DeadlineView> deadlines) {

        static CaseSummary of(ChildCase c, List<Deadline> deadlines) {
            return new CaseSummary(c.id(), c.reference(), c.status().name(), c.provinceCode(),
                    AdministrativeUnits.fullName(c.provinceCode()), c.communeCode(), AdministrativeUnits.fullName(c.communeCode()),
                    c.receivedAt(), c.riskLevel() == null ? null : c.riskLevel().name(),
                    deadlines.stream().map(CaseView.DeadlineView::of).toList());
        }
    }

    public record CasePage(List<CaseSummary> items, String nextCursor) {
    }

    public record AccessLogEntry(String userId, String roles, String action, String purpose, Instant accessedAt,
            @Schema(description = "The view served: CASE (the whole case), REFERRED_CASE or REFERRED_ACTION (an agency's view of its referral)")
            String view) {
    }
}
