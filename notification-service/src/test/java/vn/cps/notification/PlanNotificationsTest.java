package vn.cps.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.cps.events.EventTypes;
import vn.cps.events.Topics;
import vn.cps.events.plans.TargetStatusV1;
import vn.cps.testkit.CaseEventsFixture;
import vn.cps.testkit.EventLog;
import vn.cps.testkit.TestTokens;

@QuarkusTest
class PlanNotificationsTest {

    private static List<String> planIds(String bearer) {
        return given().header("Authorization", bearer).when().get("/api/v1/notifications?limit=200").then()
                .statusCode(200).extract().path("items.planId");
    }

    @Test
    void aTargetThatFallsBehindReachesThePlanManagersOfItsJurisdictionOnce() {
        UUID planId = UUID.randomUUID();
        TargetStatusV1 atRisk = new TargetStatusV1(planId, UUID.randomUUID(), "NPA-07", "48", "AT_RISK",
                new BigDecimal("6.1"), new BigDecimal("4.5"), new BigDecimal("4.6"), Instant.now());
        String eventId = UUID.randomUUID().toString();
        EventLog.publish(Topics.PLAN_EVENTS, planId.toString(), eventId, EventTypes.PLAN_TARGET_AT_RISK_V1,
                CaseEventsFixture.json(atRisk));
        EventLog.publish(Topics.PLAN_EVENTS, planId.toString(), eventId, EventTypes.PLAN_TARGET_AT_RISK_V1,
                CaseEventsFixture.json(atRisk));
        String manager = TestTokens.user("pm-48").roles("plan-manager").jurisdiction("48").bearer();
        await().atMost(Duration.ofSeconds(30)).until(() -> planIds(manager).contains(planId.toString()));

        // a later event on the same key proves the duplicate was consumed too
        TargetStatusV1 missed = new TargetStatusV1(planId, atRisk.targetId(), "NPA-07", "48", "MISSED",
                new BigDecimal("6.3"), new BigDecimal("4.5"), null, Instant.now());
        EventLog.publish(Topics.PLAN_EVENTS, planId.toString(), UUID.randomUUID().toString(),
                EventTypes.PLAN_TARGET_MISSED_V1, CaseEventsFixture.json(missed));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> planIds(manager).stream().filter(planId.toString()::equals).count() == 2);
        List<String> types = given().header("Authorization", manager).when().get("/api/v1/notifications?limit=200")
                .then().extract().path("items.findAll { it.planId == '" + planId + "' }.type");
        assertThat(types).containsExactlyInAnyOrder("TARGET_AT_RISK", "TARGET_MISSED");

        String otherProvince = TestTokens.user("pm-79").roles("plan-manager").jurisdiction("79").bearer();
        assertThat(planIds(otherProvince)).doesNotContain(planId.toString());
    }
}
