package vn.cps.notification;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import vn.cps.events.EventTypes;
import vn.cps.events.Topics;
import vn.cps.events.cases.ActionAssignedV1;
import vn.cps.events.cases.CaseAssessedV1;
import vn.cps.events.cases.CaseClosedV1;
import vn.cps.events.cases.CaseOpenedV1;
import vn.cps.events.cases.DeadlineEventV1;
import vn.cps.events.cases.EmergencyMeasureAppliedV1;
import vn.cps.events.cases.PlanApprovedV1;
import vn.cps.events.cases.PlanSubmittedV1;
import vn.cps.events.cases.ReferralEventV1;
import vn.cps.events.plans.RecommendationEventV1;
import vn.cps.events.plans.TargetStatusV1;
import vn.cps.platform.reference.AdministrativeUnits;
import vn.cps.events.plans.TaskEventV1;
import vn.cps.testkit.CaseEventsFixture;
import vn.cps.testkit.EventLog;

/** Case and plan events as case-service and plan-service publish them, each about a new case or plan. */
final class Events {

    private static final AtomicInteger SEQUENCE = new AtomicInteger(100);

    private Events() {
    }

    /**
     * A plan deadline whose reminder (a working day before it) is already due: the end of today in
     * Vietnam. A deadline "two hours away" would fall on tomorrow after 22:00 there, and its reminder
     * would then wait for midnight. Within two minutes of midnight this waits for the new day first.
     */
    static Instant planDeadlineWithItsReminderDue() {
        java.time.ZoneId legal = vn.cps.platform.reference.WorkingDayCalendar.LEGAL_ZONE;
        org.awaitility.Awaitility.await("the legal day to have more than two minutes left")
                .atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                .until(() -> Duration.between(Instant.now(), LocalDate.now(legal).plusDays(1).atStartOfDay(legal)
                        .toInstant()).compareTo(Duration.ofMinutes(2)) > 0);
        return LocalDate.now(legal).plusDays(1).atStartOfDay(legal).toInstant();
    }

    /** Now, to the millisecond: what PostgreSQL keeps of an instant compares equal. */
    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    /** Communes the tests name outright; {@link #newCommune} never hands them out. */
    private static final Set<String> FIXED_COMMUNES = Set.of("20194", "20200", "20209", "20242", "20257", "20260",
            "20263", "20275", "20285", "20305", "20500");
    private static final Map<String, AtomicInteger> NEXT_COMMUNE = new ConcurrentHashMap<>();
    private static final Map<String, List<String>> UNUSED_COMMUNES = new ConcurrentHashMap<>();

    /** A commune of Đà Nẵng (48) that no other caller gets, so that inboxes of different tests never meet. */
    static String newCommune() {
        return newCommune("48");
    }

    /** A real commune of the province that no other caller gets; from the end of the list, away from the fixed ones. */
    static String newCommune(String province) {
        List<String> unused = UNUSED_COMMUNES.computeIfAbsent(province, p -> AdministrativeUnits.communesOf(p).stream()
                .map(AdministrativeUnits.Commune::code).filter(c -> !FIXED_COMMUNES.contains(c))
                .sorted(Comparator.reverseOrder()).toList());
        int next = NEXT_COMMUNE.computeIfAbsent(province, p -> new AtomicInteger()).getAndIncrement();
        if (next >= unused.size()) {
            throw new IllegalStateException("the tests asked for more than the " + unused.size()
                    + " communes of province " + province + " that no test names");
        }
        return unused.get(next);
    }

    static String newAgency(String kind) {
        return kind + "-" + SEQUENCE.incrementAndGet();
    }

    /** A case about one child, as the events name it. */
    record Case(UUID id, String reference, String province, String commune) {

        static Case in(String province, String commune) {
            UUID id = UUID.randomUUID();
            return new Case(id, province + "-2026-" + String.format("%06d", SEQUENCE.incrementAndGet()), province,
                    commune);
        }
    }

    static String publish(String topic, String key, String type, Object payload) {
        String id = UUID.randomUUID().toString();
        EventLog.publish(topic, key, id, type, CaseEventsFixture.json(payload));
        return id;
    }

    static void publishAs(String eventId, String topic, String key, String type, Object payload) {
        EventLog.publish(topic, key, eventId, type, CaseEventsFixture.json(payload));
    }

    static String caseEvent(Case c, String type, Object payload) {
        return publish(Topics.CASE_EVENTS, c.id().toString(), type, payload);
    }

    static CaseOpenedV1 opened(Case c, Instant receivedAt) {
        Instant at = receivedAt.truncatedTo(ChronoUnit.MILLIS);
        return new CaseOpenedV1(c.id(), c.reference(), UUID.randomUUID(), c.province(), c.commune(), "HOTLINE_111",
                List.of("VIOLENCE"), "FEMALE", "6-10", "RECEIVED", at, at.plus(Duration.ofHours(12)),
                UUID.randomUUID());
    }

    static CaseAssessedV1 assessed(Case c, boolean emergencyNeeded, Instant planDeadline) {
        return new CaseAssessedV1(c.id(), c.reference(), c.province(), c.commune(), "HIGH", emergencyNeeded,
                now(), planDeadline);
    }

    static EmergencyMeasureAppliedV1 measureApplied(Case c) {
        return new EmergencyMeasureAppliedV1(c.id(), c.reference(), c.province(), c.commune(), UUID.randomUUID(),
                "MEDICAL_CARE", now(), now().plus(Duration.ofHours(6)), true, null);
    }

    static PlanSubmittedV1 planSubmitted(Case c) {
        return new PlanSubmittedV1(c.id(), c.reference(), c.province(), c.commune(), UUID.randomUUID(), 1, 2,
                now(), now().plus(Duration.ofDays(3)));
    }

    static PlanApprovedV1 planApproved(Case c) {
        return new PlanApprovedV1(c.id(), c.reference(), c.province(), c.commune(), UUID.randomUUID(), 1,
                now(), now().plus(Duration.ofDays(3)), true);
    }

    static ReferralEventV1 referral(Case c, String agency, String status) {
        return new ReferralEventV1(c.id(), c.reference(), c.province(), c.commune(), UUID.randomUUID(), agency, null,
                status, now().plus(Duration.ofDays(2)), now());
    }

    static ActionAssignedV1 actionAssigned(Case c, String agency) {
        return new ActionAssignedV1(c.id(), c.reference(), c.province(), c.commune(), UUID.randomUUID(),
                UUID.randomUUID(), agency, LocalDate.now().plusDays(10));
    }

    static DeadlineEventV1 deadlineMissed(Case c, String deadline) {
        return new DeadlineEventV1(c.id(), c.reference(), c.province(), c.commune(), deadline,
                now().minus(Duration.ofMinutes(5)).truncatedTo(ChronoUnit.MILLIS), now());
    }

    static CaseClosedV1 closed(Case c) {
        return new CaseClosedV1(c.id(), c.reference(), c.province(), c.commune(), "CLOSED", "MET", now());
    }

    static TaskEventV1 task(UUID planId, String jurisdiction, String leadAgency, String status) {
        return new TaskEventV1(planId, UUID.randomUUID(), jurisdiction, leadAgency, List.of("EDU-48"),
                LocalDate.now().plusDays(30), null, status, now());
    }

    static TargetStatusV1 target(UUID planId, String jurisdiction, String status) {
        return new TargetStatusV1(planId, UUID.randomUUID(), "NPA-07", jurisdiction, status,
                new java.math.BigDecimal("6.1"), new java.math.BigDecimal("4.5"), null, now());
    }

    static RecommendationEventV1 recommendation(String jurisdiction, String agency) {
        return new RecommendationEventV1(UUID.randomUUID(), UUID.randomUUID(), jurisdiction, agency,
                LocalDate.now().plusDays(60), "OPEN", now());
    }

    static final String OPENED = EventTypes.CASE_OPENED_V1;
}
