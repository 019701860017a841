package vn.cps.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.cps.testkit.ProblemAssertions.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cps.events.EventTypes;
import vn.cps.events.cases.CaseOpenedV1;
import vn.cps.platform.reference.WorkingDayCalendar;
import vn.cps.testkit.TestTokens;

/** Reminders before the legal deadlines, kept in step with the case by its events alone. */
@QuarkusTest
class RemindersTest {

    private static final String SUPERVISOR = TestTokens.user("sup-48").roles("case-supervisor").jurisdiction("48")
            .bearer();

    private static Map<String, Map<String, Object>> reminders(Events.Case c) {
        List<Map<String, Object>> list = given().header("Authorization", SUPERVISOR).when()
                .get("/api/v1/reminders?caseId=" + c.id()).then().statusCode(200).extract().jsonPath().getList("");
        return list.stream().collect(java.util.stream.Collectors.toMap(r -> (String) r.get("deadline"), r -> r));
    }

    private static String status(Events.Case c, String deadline) {
        return given().header("Authorization", SUPERVISOR).when().get("/api/v1/reminders?caseId=" + c.id()).then()
                .extract().path("find { it.deadline == '" + deadline + "' }.status");
    }

    private static List<Map<String, Object>> inbox(String bearer, Events.Case c) {
        List<Map<String, Object>> items = given().header("Authorization", bearer).when()
                .get("/api/v1/notifications?limit=200").then().statusCode(200).extract().jsonPath().getList("items");
        return items.stream().filter(i -> c.id().toString().equals(i.get("caseId"))).toList();
    }

    @Test
    void twoHoursBeforeTheEmergencyDeadlineTheCommuneIsReminded() {
        Events.Case c = Events.Case.in("48", Events.newCommune());
        CaseOpenedV1 opened = Events.opened(c, Instant.now().minus(Duration.ofMinutes(630)));
        Events.caseEvent(c, EventTypes.CASE_OPENED_V1, opened);

        await().atMost(Duration.ofSeconds(30)).until(() -> "SENT".equals(status(c, "EMERGENCY_MEASURES")));
        String chair = TestTokens.user("chair").roles("case-approver").jurisdiction(c.commune()).bearer();
        Map<String, Object> reminder = inbox(chair, c).stream().filter(i -> "DEADLINE_REMINDER".equals(i.get("type")))
                .findFirst().orElseThrow();
        assertThat(Instant.parse((String) reminder.get("deadline"))).isEqualTo(opened.emergencyDeadline());
        assertThat(reminder).containsEntry("legalDeadline", true).containsEntry("caseReference", c.reference());

        // the plan reminder waits for the end of the working day before the 5-working-day deadline
        Map<String, Object> plan = reminders(c).get("SUPPORT_PLAN");
        Instant planDue = WorkingDayCalendar.vietnam().endOfWorkingDaysAfter(opened.receivedAt(), 5);
        assertThat(plan).containsEntry("status", "SCHEDULED");
        assertThat(Instant.parse((String) plan.get("dueAt"))).isEqualTo(planDue);
        assertThat(Instant.parse((String) plan.get("remindAt")))
                .isEqualTo(WorkingDayCalendar.vietnam().endOfWorkingDaysBefore(planDue, 1));
    }

    @Test
    void openingsPublishedTogetherEachGetTheirRemindersAndALaterEventOfTheSameBatchFindsThem() {
        Events.Case first = Events.Case.in("48", Events.newCommune());
        Events.Case second = Events.Case.in("48", Events.newCommune());
        Events.Case third = Events.Case.in("48", Events.newCommune());
        Instant planDeadline = Instant.now().plus(Duration.ofDays(30)).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        // one poll usually returns them all: the openings before and after the assessment go in two statements
        vn.cps.testkit.EventLog.publishTogether(vn.cps.events.Topics.CASE_EVENTS, List.of(
                outgoing(first, EventTypes.CASE_OPENED_V1, Events.opened(first, Instant.now())),
                outgoing(second, EventTypes.CASE_OPENED_V1, Events.opened(second, Instant.now())),
                outgoing(first, EventTypes.CASE_ASSESSED_V1, Events.assessed(first, false, planDeadline)),
                outgoing(third, EventTypes.CASE_OPENED_V1, Events.opened(third, Instant.now()))));

        // on a timeout the last assertion says what was seen
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(status(third, "SUPPORT_PLAN")).as("the last opening's plan reminder").isEqualTo("SCHEDULED");
            assertThat(status(first, "EMERGENCY_MEASURES")).as("the first case's emergency reminder, after its assessment")
                    .isEqualTo("CANCELLED");
        });
        assertThat(reminders(first).get("SUPPORT_PLAN")).containsEntry("status", "SCHEDULED")
                .containsEntry("dueAt", planDeadline.toString());
        for (Events.Case c : List.of(second, third)) {
            assertThat(reminders(c).values()).as("reminders of %s", c.reference())
                    .extracting(r -> r.get("deadline") + " " + r.get("status"))
                    .containsExactlyInAnyOrder("EMERGENCY_MEASURES SCHEDULED", "SUPPORT_PLAN SCHEDULED");
        }
    }

    private static vn.cps.testkit.EventLog.Outgoing outgoing(Events.Case c, String type, Object payload) {
        return new vn.cps.testkit.EventLog.Outgoing(c.id().toString(), java.util.UUID.randomUUID().toString(), type,
                vn.cps.testkit.CaseEventsFixture.json(payload));
    }

    @Test
    void aDeadlineMetBeforeItsReminderCancelsIt() {
        Events.Case c = Events.Case.in("48", Events.newCommune());
        Events.caseEvent(c, EventTypes.CASE_OPENED_V1, Events.opened(c, Instant.now()));
        Events.caseEvent(c, EventTypes.CASE_EMERGENCY_MEASURE_APPLIED_V1, Events.measureApplied(c));
        Events.caseEvent(c, EventTypes.CASE_PLAN_APPROVED_V1, Events.planApproved(c));

        await().atMost(Duration.ofSeconds(30)).until(() -> "CANCELLED".equals(status(c, "SUPPORT_PLAN")));
        Map<String, Map<String, Object>> all = reminders(c);
        assertThat(all.get("EMERGENCY_MEASURES")).containsEntry("status", "CANCELLED")
                .containsEntry("statusReason", "emergency measure taken");
        assertThat(all.get("SUPPORT_PLAN")).containsEntry("statusReason", "support plan approved");
    }

    @Test
    void theAssessmentsPlanDeadlineReschedulesThePlanReminderAndNoEmergencyCancelsTheOther() {
        Events.Case c = Events.Case.in("48", Events.newCommune());
        Events.caseEvent(c, EventTypes.CASE_OPENED_V1, Events.opened(c, Instant.now()));
        Instant planDeadline = Events.planDeadlineWithItsReminderDue();
        Events.caseEvent(c, EventTypes.CASE_ASSESSED_V1, Events.assessed(c, false, planDeadline));

        await().atMost(Duration.ofSeconds(30)).until(() -> "SENT".equals(status(c, "SUPPORT_PLAN")));
        assertThat(status(c, "EMERGENCY_MEASURES")).isEqualTo("CANCELLED");
        String officer = TestTokens.user("officer").roles("case-worker").jurisdiction(c.commune()).bearer();
        Map<String, Object> reminder = inbox(officer, c).stream().filter(i -> "DEADLINE_REMINDER".equals(i.get("type")))
                .findFirst().orElseThrow();
        assertThat(Instant.parse((String) reminder.get("deadline"))).isEqualTo(planDeadline);
    }

    @Test
    void aReminderHeldUpPastItsDeadlineIsNotSentAndAClosedCaseGetsNone() {
        Events.Case late = Events.Case.in("48", Events.newCommune());
        Events.caseEvent(late, EventTypes.CASE_OPENED_V1, Events.opened(late, Instant.now().minus(Duration.ofHours(13))));
        await().atMost(Duration.ofSeconds(30)).until(() -> "EXPIRED".equals(status(late, "EMERGENCY_MEASURES")));
        String chair = TestTokens.user("chair").roles("case-approver").jurisdiction(late.commune()).bearer();
        assertThat(inbox(chair, late)).extracting(i -> i.get("type")).doesNotContain("DEADLINE_REMINDER");

        Events.Case closed = Events.Case.in("48", Events.newCommune());
        Events.caseEvent(closed, EventTypes.CASE_OPENED_V1, Events.opened(closed, Instant.now()));
        Events.caseEvent(closed, EventTypes.CASE_CLOSED_V1, Events.closed(closed));
        await().atMost(Duration.ofSeconds(30)).until(() -> "CANCELLED".equals(status(closed, "SUPPORT_PLAN")));
        assertThat(status(closed, "EMERGENCY_MEASURES")).isEqualTo("CANCELLED");
    }

    @Test
    void remindersAreReadInScopeOnly() {
        Events.Case c = Events.Case.in("48", Events.newCommune());
        Events.caseEvent(c, EventTypes.CASE_OPENED_V1, Events.opened(c, Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> given().header("Authorization", SUPERVISOR).when()
                .get("/api/v1/reminders?caseId=" + c.id()).statusCode() == 200);
        String otherProvince = TestTokens.user("sup-79").roles("case-supervisor").jurisdiction("79").bearer();
        assertProblem(given().header("Authorization", otherProvince).when().get("/api/v1/reminders?caseId=" + c.id())
                .then(), 404);
        String analyst = TestTokens.user("an").roles("analyst").jurisdiction("VN").bearer();
        assertProblem(given().header("Authorization", analyst).when().get("/api/v1/reminders?caseId=" + c.id())
                .then(), 403);
        assertProblem(given().header("Authorization", SUPERVISOR).when().get("/api/v1/reminders").then(), 400);
        assertProblem(given().header("Authorization", SUPERVISOR).when().get("/api/v1/reminders?caseId=nope").then(),
                400);
    }
}
