package vn.cps.events;

import java.util.List;

/**
 * CloudEvents {@code type} values. The version is part of the name: a change that breaks
 * readers is a new type, never an edit of an existing one.
 */
public final class EventTypes {

    public static final String CASE_INTAKE_RECORDED_V1 = "vn.cps.case.intake-recorded.v1";
    public static final String CASE_OPENED_V1 = "vn.cps.case.opened.v1";
    public static final String CASE_ASSESSED_V1 = "vn.cps.case.assessed.v1";
    public static final String CASE_CHILD_GROUPS_RECORDED_V1 = "vn.cps.case.child-groups-recorded.v1";
    public static final String CASE_EMERGENCY_MEASURE_APPLIED_V1 = "vn.cps.case.emergency-measure-applied.v1";
    public static final String CASE_PLAN_SUBMITTED_V1 = "vn.cps.case.plan-submitted.v1";
    public static final String CASE_PLAN_APPROVED_V1 = "vn.cps.case.plan-approved.v1";
    public static final String CASE_ACTION_ASSIGNED_V1 = "vn.cps.case.action-assigned.v1";
    public static final String CASE_ACTION_COMPLETED_V1 = "vn.cps.case.action-completed.v1";
    public static final String CASE_CLOSED_V1 = "vn.cps.case.closed.v1";
    public static final String CASE_REOPENED_V1 = "vn.cps.case.reopened.v1";
    public static final String CASE_MERGED_V1 = "vn.cps.case.merged.v1";
    public static final String CASE_DEADLINE_APPROACHING_V1 = "vn.cps.case.deadline-approaching.v1";
    public static final String CASE_DEADLINE_MISSED_V1 = "vn.cps.case.deadline-missed.v1";
    public static final String CASE_TRANSFERRED_V1 = "vn.cps.case.transferred.v1";
    public static final String CASE_TRANSFER_ACCEPTED_V1 = "vn.cps.case.transfer-accepted.v1";
    public static final String CASE_TRANSFER_DECLINED_V1 = "vn.cps.case.transfer-declined.v1";
    public static final String CASE_REFERRAL_REQUESTED_V1 = "vn.cps.case.referral-requested.v1";
    public static final String CASE_REFERRAL_ACCEPTED_V1 = "vn.cps.case.referral-accepted.v1";
    public static final String CASE_REFERRAL_DECLINED_V1 = "vn.cps.case.referral-declined.v1";
    public static final String CASE_REFERRAL_WITHDRAWN_V1 = "vn.cps.case.referral-withdrawn.v1";
    public static final String CASE_REFERRAL_COMPLETED_V1 = "vn.cps.case.referral-completed.v1";

    public static final String PLAN_ISSUED_V1 = "vn.cps.plan.issued.v1";
    public static final String PLAN_REVISED_V1 = "vn.cps.plan.revised.v1";
    public static final String PLAN_INDICATOR_VALUE_RECORDED_V1 = "vn.cps.plan.indicator-value-recorded.v1";
    public static final String PLAN_TARGET_AT_RISK_V1 = "vn.cps.plan.target-at-risk.v1";
    public static final String PLAN_TARGET_MISSED_V1 = "vn.cps.plan.target-missed.v1";
    public static final String PLAN_TASK_ASSIGNED_V1 = "vn.cps.plan.task-assigned.v1";
    public static final String PLAN_PROGRESS_REPORTED_V1 = "vn.cps.plan.progress-reported.v1";
    public static final String PLAN_TASK_OVERDUE_V1 = "vn.cps.plan.task-overdue.v1";
    public static final String PLAN_RECOMMENDATION_ISSUED_V1 = "vn.cps.plan.recommendation-issued.v1";
    public static final String PLAN_RECOMMENDATION_RESOLVED_V1 = "vn.cps.plan.recommendation-resolved.v1";

    public static final String REPORTING_INDICATOR_MEASURED_V1 = "vn.cps.reporting.indicator-measured.v1";

    public static final String NOTIFICATION_DELIVERED_V1 = "vn.cps.notification.delivered.v1";
    public static final String NOTIFICATION_FAILED_V1 = "vn.cps.notification.failed.v1";

    /** Every published type; each must have a JSON Schema under {@link #schemaResource(String)}. */
    public static final List<String> ALL = List.of(CASE_INTAKE_RECORDED_V1, CASE_OPENED_V1, CASE_ASSESSED_V1,
            CASE_CHILD_GROUPS_RECORDED_V1, CASE_EMERGENCY_MEASURE_APPLIED_V1,
            CASE_PLAN_SUBMITTED_V1, CASE_PLAN_APPROVED_V1, CASE_ACTION_ASSIGNED_V1, CASE_ACTION_COMPLETED_V1,
            CASE_CLOSED_V1, CASE_REOPENED_V1, CASE_REFERRAL_REQUESTED_V1, CASE_REFERRAL_ACCEPTED_V1,
            CASE_REFERRAL_DECLINED_V1, CASE_REFERRAL_WITHDRAWN_V1, CASE_REFERRAL_COMPLETED_V1,
            CASE_DEADLINE_APPROACHING_V1, CASE_DEADLINE_MISSED_V1, CASE_TRANSFERRED_V1, CASE_TRANSFER_ACCEPTED_V1,
            CASE_TRANSFER_DECLINED_V1, CASE_MERGED_V1, PLAN_ISSUED_V1, PLAN_REVISED_V1, PLAN_INDICATOR_VALUE_RECORDED_V1,
            PLAN_TARGET_AT_RISK_V1, PLAN_TARGET_MISSED_V1, PLAN_TASK_ASSIGNED_V1, PLAN_PROGRESS_REPORTED_V1,
            PLAN_TASK_OVERDUE_V1, PLAN_RECOMMENDATION_ISSUED_V1, PLAN_RECOMMENDATION_RESOLVED_V1,
            REPORTING_INDICATOR_MEASURED_V1, NOTIFICATION_DELIVERED_V1, NOTIFICATION_FAILED_V1);

    private EventTypes() {
    }

    /** Classpath location of the JSON Schema of a type's payload. */
    public static String schemaResource(String type) {
        return "vn/cps/events/schemas/" + type + ".json";
    }
}
