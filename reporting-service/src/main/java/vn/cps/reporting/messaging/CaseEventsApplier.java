package vn.cps.reporting.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Set;
import vn.cps.events.EventTypes;
import vn.cps.events.cases.CaseAssessedV1;
import vn.cps.events.cases.CaseClosedV1;
import vn.cps.events.cases.CaseMergedV1;
import vn.cps.events.cases.CaseOpenedV1;
import vn.cps.events.cases.CaseReopenedV1;
import vn.cps.events.cases.ChildGroupsRecordedV1;
import vn.cps.events.cases.DeadlineEventV1;
import vn.cps.events.cases.EmergencyMeasureAppliedV1;
import vn.cps.events.cases.IntakeRecordedV1;
import vn.cps.events.cases.PlanApprovedV1;
import vn.cps.events.cases.ReferralEventV1;
import vn.cps.platform.inbox.EventEffect;
import vn.cps.platform.inbox.IncomingEvent;
import vn.cps.reporting.service.CaseProjection;

/**
 * Reads case events' payloads and applies them to the projection, then writes the batch's cube
 * changes at once; types statistics do not use are not read at all.
 */
final class CaseEventsApplier implements EventEffect {

    private static final Set<String> COUNTED = Set.of(EventTypes.CASE_INTAKE_RECORDED_V1, EventTypes.CASE_OPENED_V1,
            EventTypes.CASE_ASSESSED_V1, EventTypes.CASE_CHILD_GROUPS_RECORDED_V1,
            EventTypes.CASE_EMERGENCY_MEASURE_APPLIED_V1, EventTypes.CASE_PLAN_APPROVED_V1,
            EventTypes.CASE_DEADLINE_MISSED_V1, EventTypes.CASE_CLOSED_V1, EventTypes.CASE_REOPENED_V1,
            EventTypes.CASE_MERGED_V1);

    private static final String REFERRAL = "vn.cps.case.referral-";

    private final CaseProjection projection;
    private final ObjectMapper objectMapper;

    CaseEventsApplier(CaseProjection projection, ObjectMapper objectMapper) {
        this.projection = projection;
        this.objectMapper = objectMapper;
    }

    @Override
    public boolean handles(String type) {
        return COUNTED.contains(type) || type.startsWith(REFERRAL);
    }

    @Override
    public void apply(List<IncomingEvent> events) {
        events.forEach(this::accept);
        projection.writeCounts();
    }

    /** One event, without writing the counts: a replay skips the unreadable ones as the live consumer did. */
    void accept(IncomingEvent event) {
        String type = event.type();
        switch (type) {
            case EventTypes.CASE_INTAKE_RECORDED_V1 -> projection.intakeRecorded(payload(event, IntakeRecordedV1.class));
            case EventTypes.CASE_OPENED_V1 -> projection.caseOpened(payload(event, CaseOpenedV1.class));
            case EventTypes.CASE_ASSESSED_V1 -> {
                CaseAssessedV1 e = payload(event, CaseAssessedV1.class);
                projection.assessed(e.caseId(), e.emergencyNeeded());
            }
            case EventTypes.CASE_CHILD_GROUPS_RECORDED_V1 -> {
                ChildGroupsRecordedV1 e = payload(event, ChildGroupsRecordedV1.class);
                projection.childGroupsRecorded(e.caseId(), e.childGroups());
            }
            case EventTypes.CASE_EMERGENCY_MEASURE_APPLIED_V1 -> {
                EmergencyMeasureAppliedV1 e = payload(event, EmergencyMeasureAppliedV1.class);
                projection.emergencyMeasureApplied(e.caseId(), e.withinDeadline(), e.takenAt());
            }
            case EventTypes.CASE_PLAN_APPROVED_V1 -> {
                PlanApprovedV1 e = payload(event, PlanApprovedV1.class);
                projection.planApproved(e.caseId(), e.withinDeadline(), e.approvedAt());
            }
            case EventTypes.CASE_DEADLINE_MISSED_V1 -> {
                DeadlineEventV1 e = payload(event, DeadlineEventV1.class);
                projection.deadlineMissed(e.caseId(), e.deadline());
            }
            case EventTypes.CASE_CLOSED_V1 -> {
                CaseClosedV1 e = payload(event, CaseClosedV1.class);
                projection.closed(e.caseId(), e.outcome(), e.goalsOutcome(), e.closedAt());
            }
            case EventTypes.CASE_REOPENED_V1 -> projection.reopened(payload(event, CaseReopenedV1.class).caseId());
            case EventTypes.CASE_MERGED_V1 -> projection.merged(payload(event, CaseMergedV1.class).caseId());
            default -> {
                if (type.startsWith(REFERRAL)) {
                    String step = type.substring(REFERRAL.length(), type.length() - ".v1".length());
                    projection.referral(step, payload(event, ReferralEventV1.class));
                }
            }
        }
    }

    private <T> T payload(IncomingEvent event, Class<T> contract) {
        return event.payloadAs(contract, objectMapper);
    }
}
