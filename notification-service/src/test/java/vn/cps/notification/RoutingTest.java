package vn.cps.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import vn.cps.events.EventTypes;
import vn.cps.events.Topics;
import vn.cps.testkit.TestTokens;

/**
 * Every enabled routing rule, one test each: the event (or reminder) it names reaches the role it
 * names at the place or agency its scope finds, through its channels, and the same role elsewhere
 * sees nothing.
 */
@QuarkusTest
class RoutingTest {

    static final String ADMIN = TestTokens.user("admin-routing").roles("admin").jurisdiction("VN").bearer();

    /** What a test publishes for a trigger, and the id that the notification's link then names. */
    private record Published(String marker) {
    }

    /** The places an occurrence is about, and other places of the same kinds. */
    private record Places(Events.Case c, String agency, String otherCommune, String otherAgency) {
    }

    @TestFactory
    Stream<DynamicTest> everyRuleReachesItsRecipientsAndNobodyElse() {
        List<Map<String, Object>> rules = given().header("Authorization", ADMIN).when().get("/api/v1/routing-rules")
                .then().statusCode(200).extract().jsonPath().getList("");
        assertThat(rules).as("the seeded rules").hasSizeGreaterThanOrEqualTo(25);
        return rules.stream().filter(r -> Boolean.TRUE.equals(r.get("enabled"))).map(rule -> dynamicTest(
                rule.get("trigger") + " -> " + rule.get("recipientRole") + " (" + rule.get("recipientScope") + ") "
                        + rule.get("channels"), () -> check(rule)));
    }

    @SuppressWarnings("unchecked")
    private void check(Map<String, Object> rule) {
        String trigger = (String) rule.get("trigger");
        String type = (String) rule.get("notificationType");
        String role = (String) rule.get("recipientRole");
        String scope = (String) rule.get("recipientScope");
        List<String> channels = (List<String>) rule.get("channels");
        Places places = new Places(Events.Case.in("48", Events.newCommune()), Events.newAgency("AG"),
                Events.newCommune(), Events.newAgency("AG"));
        if (channels.contains("WEBHOOK")) {
            given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                    .body(Map.of("agencyCode", places.agency(), "url", PartnerEndpoint.url("/hooks/" + places.agency())))
                    .when().post("/api/v1/webhooks").then().statusCode(201);
        }
        Published published = publish(trigger, places);

        if (channels.contains("INBOX")) {
            String recipient = token(role, scope, places, false);
            await().atMost(Duration.ofSeconds(30)).until(() -> hasEntry(recipient, type, published.marker()));
            assertThat(hasEntry(token(role, scope, places, true), type, published.marker()))
                    .as("the same role elsewhere").isFalse();
        }
        if (channels.contains("WEBHOOK")) {
            String path = "/hooks/" + places.agency();
            await().atMost(Duration.ofSeconds(30)).until(() -> PartnerEndpoint.received(path).stream()
                    .anyMatch(r -> type.equals(r.header("X-CPS-Notification-Type"))
                            && r.body().contains(published.marker())));
        }
    }

    private static boolean hasEntry(String bearer, String type, String marker) {
        List<Map<String, Object>> items = given().header("Authorization", bearer).when()
                .get("/api/v1/notifications?limit=200").then().statusCode(200).extract().jsonPath().getList("items");
        return items.stream().anyMatch(i -> type.equals(i.get("type")) && ((String) i.get("link")).contains(marker));
    }

    private static String token(String role, String scope, Places p, boolean elsewhere) {
        TestTokens token = TestTokens.user(role + "-" + UUID.randomUUID()).roles(role);
        TestTokens scoped = switch (scope) {
            case "COMMUNE" -> token.jurisdiction(elsewhere ? p.otherCommune() : p.c().commune());
            case "PROVINCE", "JURISDICTION" -> token.jurisdiction(elsewhere ? "79" : "48");
            case "NATIONAL" -> token.jurisdiction(elsewhere ? "79" : "VN");
            case "AGENCY" -> token.jurisdiction("48").agency(elsewhere ? p.otherAgency() : p.agency());
            default -> throw new AssertionError("unknown scope " + scope);
        };
        return scoped.bearer();
    }

    private static Published publish(String trigger, Places p) {
        Events.Case c = p.c();
        String caseMarker = c.id().toString();
        UUID planId = UUID.randomUUID();
        switch (trigger) {
            case EventTypes.CASE_OPENED_V1 -> Events.caseEvent(c, trigger, Events.opened(c, Instant.now()));
            case EventTypes.CASE_PLAN_SUBMITTED_V1 -> Events.caseEvent(c, trigger, Events.planSubmitted(c));
            case EventTypes.CASE_REFERRAL_REQUESTED_V1, EventTypes.CASE_REFERRAL_ACCEPTED_V1,
                    EventTypes.CASE_REFERRAL_DECLINED_V1, EventTypes.CASE_REFERRAL_COMPLETED_V1,
                    EventTypes.CASE_REFERRAL_WITHDRAWN_V1 -> {
                String status = trigger.substring("vn.cps.case.referral-".length(), trigger.length() - ".v1".length())
                        .toUpperCase(java.util.Locale.ROOT);
                var referral = Events.referral(c, p.agency(), status);
                Events.caseEvent(c, trigger, referral);
                // the link of a referral's notification names the referral's view of the case
                return new Published(referral.referralId().toString());
            }
            case EventTypes.CASE_ACTION_ASSIGNED_V1 -> Events.caseEvent(c, trigger, Events.actionAssigned(c, p.agency()));
            case EventTypes.CASE_DEADLINE_MISSED_V1 ->
                    Events.caseEvent(c, trigger, Events.deadlineMissed(c, "EMERGENCY_MEASURES"));
            case EventTypes.CASE_CLOSED_V1 -> Events.caseEvent(c, trigger, Events.closed(c));
            case "reminder.EMERGENCY_MEASURES" ->
                    // received 10.5 hours ago: the 12-hour deadline is 1.5 hours away, the reminder is due
                    Events.caseEvent(c, EventTypes.CASE_OPENED_V1,
                            Events.opened(c, Instant.now().minus(Duration.ofMinutes(630))));
            case "reminder.SUPPORT_PLAN" -> {
                Events.caseEvent(c, EventTypes.CASE_OPENED_V1, Events.opened(c, Instant.now()));
                // the assessment states a plan deadline at the end of today: a working day before it has passed
                Events.caseEvent(c, EventTypes.CASE_ASSESSED_V1,
                        Events.assessed(c, true, Events.planDeadlineWithItsReminderDue()));
            }
            case EventTypes.PLAN_TASK_ASSIGNED_V1, EventTypes.PLAN_TASK_OVERDUE_V1, EventTypes.PLAN_PROGRESS_REPORTED_V1 -> {
                Events.publish(Topics.PLAN_EVENTS, planId.toString(), trigger,
                        Events.task(planId, "48", p.agency(), "OPEN"));
                return new Published(planId.toString());
            }
            case EventTypes.PLAN_TARGET_AT_RISK_V1, EventTypes.PLAN_TARGET_MISSED_V1 -> {
                Events.publish(Topics.PLAN_EVENTS, planId.toString(), trigger, Events.target(planId, "48",
                        trigger.equals(EventTypes.PLAN_TARGET_MISSED_V1) ? "MISSED" : "AT_RISK"));
                return new Published(planId.toString());
            }
            case EventTypes.PLAN_RECOMMENDATION_ISSUED_V1, EventTypes.PLAN_RECOMMENDATION_RESOLVED_V1 -> {
                var recommendation = Events.recommendation("48", p.agency());
                Events.publish(Topics.PLAN_EVENTS, recommendation.inspectionId().toString(), trigger, recommendation);
                return new Published(recommendation.inspectionId().toString());
            }
            default -> throw new AssertionError("No fixture for trigger " + trigger + ": add one to this test");
        }
        return new Published(caseMarker);
    }
}
