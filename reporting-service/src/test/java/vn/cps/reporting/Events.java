package vn.cps.reporting;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.cps.events.EventTypes;
import vn.cps.events.Topics;
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
import vn.cps.testkit.CaseEventsFixture;
import vn.cps.testkit.EventLog;

/** Case events as case-service publishes them, for one case at a time. */
final class Events {

    private Events() {
    }

    /** A case received at the instant, with one child of the sex and age band. */
    record Case(UUID id, String province, String commune, Instant receivedAt, String reference) {

        static Case at(String province, String commune, Instant receivedAt) {
            return new Case(UUID.randomUUID(), province, commune, receivedAt,
                    vn.cps.testkit.CaseReferences.next(province, receivedAt.atZone(java.time.ZoneOffset.UTC).getYear()));
        }
    }

    /** 08:00 in Vietnam on the date. */
    static Instant morningOf(String date) {
        return Instant.parse(date + "T01:00:00Z");
    }

    static String publish(Case c, String type, Object payload) {
        String id = UUID.randomUUID().toString();
        EventLog.publish(Topics.CASE_EVENTS, c.id().toString(), id, type, CaseEventsFixture.json(payload));
        return id;
    }

    static void open(Case c, String sex, String ageBand, String channel, List<String> harmTypes) {
        publish(c, EventTypes.CASE_OPENED_V1, new CaseOpenedV1(c.id(), c.reference(), UUID.randomUUID(), c.province(),
                c.commune(), channel, harmTypes, sex, ageBand, "RECEIVED", c.receivedAt(),
                c.receivedAt().plus(Duration.ofHours(12)), UUID.randomUUID()));
    }

    static void open(Case c, String sex, List<String> harmTypes) {
        open(c, sex, "6-10", "HOTLINE_111", harmTypes);
    }

    static void assessed(Case c, boolean emergencyNeeded) {
        publish(c, EventTypes.CASE_ASSESSED_V1, new CaseAssessedV1(c.id(), c.reference(), c.province(), c.commune(),
                "HIGH", emergencyNeeded, c.receivedAt().plus(Duration.ofHours(2)), c.receivedAt().plus(Duration.ofDays(7))));
    }

    static void childGroups(Case c, String... groups) {
        publish(c, EventTypes.CASE_CHILD_GROUPS_RECORDED_V1, new ChildGroupsRecordedV1(c.id(), c.reference(),
                c.province(), c.commune(), List.of(groups), c.receivedAt().plus(Duration.ofHours(2))));
    }

    static void measure(Case c, boolean withinDeadline) {
        publish(c, EventTypes.CASE_EMERGENCY_MEASURE_APPLIED_V1, new EmergencyMeasureAppliedV1(c.id(), c.reference(),
                c.province(), c.commune(), UUID.randomUUID(), "MEDICAL_CARE", c.receivedAt().plus(Duration.ofHours(3)),
                c.receivedAt().plus(Duration.ofHours(12)), withinDeadline, null));
    }

    static void planApproved(Case c, boolean withinDeadline) {
        publish(c, EventTypes.CASE_PLAN_APPROVED_V1, new PlanApprovedV1(c.id(), c.reference(), c.province(),
                c.commune(), UUID.randomUUID(), 1, c.receivedAt().plus(Duration.ofDays(4)),
                c.receivedAt().plus(Duration.ofDays(7)), withinDeadline));
    }

    static void deadlineMissed(Case c, String deadline) {
        publish(c, EventTypes.CASE_DEADLINE_MISSED_V1, new DeadlineEventV1(c.id(), c.reference(), c.province(),
                c.commune(), deadline, c.receivedAt().plus(Duration.ofHours(12)), c.receivedAt().plus(Duration.ofHours(13))));
    }

    static void closed(Case c, String outcome, Duration after) {
        publish(c, EventTypes.CASE_CLOSED_V1, new CaseClosedV1(c.id(), c.reference(), c.province(), c.commune(), outcome,
                null, c.receivedAt().plus(after)));
    }

    /** Closed after review, which found the plan's goals MET, PARTLY_MET or NOT_MET. */
    static void closedAfterReview(Case c, String planGoals, Duration after) {
        publish(c, EventTypes.CASE_CLOSED_V1, new CaseClosedV1(c.id(), c.reference(), c.province(), c.commune(),
                "CLOSED", planGoals, c.receivedAt().plus(after)));
    }

    static void merged(Case c, Case into) {
        publish(c, EventTypes.CASE_MERGED_V1, new CaseMergedV1(c.id(), c.reference(), c.province(), c.commune(),
                into.id(), into.reference(), c.receivedAt().plus(Duration.ofHours(5))));
    }

    static void reopened(Case c) {
        publish(c, EventTypes.CASE_REOPENED_V1, new CaseReopenedV1(c.id(), c.reference(), c.province(), c.commune(),
                "CLOSED", c.receivedAt().plus(Duration.ofDays(40))));
    }

    static UUID referral(Case c, String agency, String step, UUID referralId, Duration after) {
        publish(c, "vn.cps.case.referral-" + step + ".v1", new ReferralEventV1(c.id(), c.reference(), c.province(),
                c.commune(), referralId, agency, null, step.toUpperCase(), c.receivedAt().plus(Duration.ofDays(3)),
                c.receivedAt().plus(after)));
        return referralId;
    }

    static void intake(String channel, String category, String province, String commune, Instant at, UUID caseId) {
        UUID intakeId = UUID.randomUUID();
        EventLog.publish(Topics.CASE_EVENTS, intakeId.toString(), UUID.randomUUID().toString(),
                EventTypes.CASE_INTAKE_RECORDED_V1, CaseEventsFixture.json(new IntakeRecordedV1(intakeId, channel,
                        category, "CHILD", province, commune, at, caseId, caseId == null ? 0 : 1,
                        caseId == null ? List.of() : List.of(caseId))));
    }
}
