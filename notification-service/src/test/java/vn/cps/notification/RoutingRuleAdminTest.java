package vn.cps.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static vn.cps.testkit.ProblemAssertions.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cps.events.EventTypes;
import vn.cps.testkit.TestTokens;

/** Rules are data: an admin adds one and it routes the next event; switched off, it routes nothing more. */
@QuarkusTest
class RoutingRuleAdminTest {

    private static final String ADMIN = TestTokens.user("admin-rules").roles("admin").jurisdiction("VN").bearer();

    private static List<String> closedCasesSeenBy(String bearer) {
        return given().header("Authorization", bearer).when().get("/api/v1/notifications?limit=200").then()
                .statusCode(200).extract().path("items.findAll { it.type == 'CASE_CLOSED' }.caseId");
    }

    @Test
    void anAdminAddsARuleThatTakesEffectAndSwitchesItOff() {
        Map<String, Object> rule = Map.of("trigger", EventTypes.CASE_CLOSED_V1, "notificationType", "CASE_CLOSED",
                "recipientRole", "case-supervisor", "recipientScope", "PROVINCE", "channels", List.of("INBOX"),
                "description", "Provincial supervisors follow closures");
        var created = given().header("Authorization", ADMIN).contentType(ContentType.JSON).body(rule).when()
                .post("/api/v1/routing-rules").then().statusCode(201).extract();
        String id = created.path("id");
        String etag = created.header("ETag");
        assertProblem(given().header("Authorization", ADMIN).contentType(ContentType.JSON).body(rule).when()
                .post("/api/v1/routing-rules").then(), 409);

        String supervisor = TestTokens.user("sup-44").roles("case-supervisor").jurisdiction("44").bearer();
        Events.Case first = Events.Case.in("44", Events.newCommune("44"));
        Events.caseEvent(first, EventTypes.CASE_CLOSED_V1, Events.closed(first));
        await().atMost(Duration.ofSeconds(30)).until(() -> closedCasesSeenBy(supervisor).contains(first.id().toString()));

        Map<String, Object> off = Map.of("channels", List.of("INBOX"), "legalDeadline", false, "enabled", false);
        assertProblem(given().header("Authorization", ADMIN).contentType(ContentType.JSON).body(off).when()
                .put("/api/v1/routing-rules/" + id).then(), 428);
        assertProblem(given().header("Authorization", ADMIN).header("If-Match", "\"41\"").contentType(ContentType.JSON)
                .body(off).when().put("/api/v1/routing-rules/" + id).then(), 412);
        given().header("Authorization", ADMIN).header("If-Match", etag).contentType(ContentType.JSON).body(off).when()
                .put("/api/v1/routing-rules/" + id).then().statusCode(200)
                .body("enabled", org.hamcrest.Matchers.equalTo(false));

        // the next closure is consumed (a rule still in force tells the commune) but no longer routed to the province
        Events.Case second = Events.Case.in("44", Events.newCommune("44"));
        Events.caseEvent(second, EventTypes.CASE_CLOSED_V1, Events.closed(second));
        Events.caseEvent(second, EventTypes.CASE_REFERRAL_ACCEPTED_V1, Events.referral(second, "POLICE-44", "ACCEPTED"));
        String officer = TestTokens.user("cw").roles("case-worker").jurisdiction(second.commune()).bearer();
        await().atMost(Duration.ofSeconds(30)).until(() -> given().header("Authorization", officer).when()
                .get("/api/v1/notifications").then().extract().<List<String>>path("items.caseId")
                .contains(second.id().toString()));
        assertThat(closedCasesSeenBy(supervisor)).doesNotContain(second.id().toString());
    }

    @Test
    void rulesThatCannotWorkAreRefusedWithEveryReason() {
        assertProblem(given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body(Map.of("trigger", "vn.cps.case.exploded.v1", "notificationType", "NOPE",
                        "recipientRole", "mayor", "recipientScope", "GALAXY", "channels", List.of("PIGEON")))
                .when().post("/api/v1/routing-rules").then(), 400)
                .body("violations.field", hasItem("trigger")).body("violations.field", hasItem("notificationType"))
                .body("violations.field", hasItem("recipientRole")).body("violations.field", hasItem("recipientScope"))
                .body("violations.field", hasItem("channels"));
        assertProblem(given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body(Map.of("trigger", EventTypes.CASE_OPENED_V1, "notificationType", "CASE_OPENED",
                        "recipientRole", "case-worker", "recipientScope", "COMMUNE", "channels", List.of("WEBHOOK")))
                .when().post("/api/v1/routing-rules").then(), 422);
        assertProblem(given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body(Map.of("trigger", EventTypes.CASE_OPENED_V1)).when().post("/api/v1/routing-rules").then(), 400);
        String auditor = TestTokens.user("aud").roles("auditor").jurisdiction("VN").bearer();
        given().header("Authorization", auditor).when().get("/api/v1/routing-rules?trigger=" + EventTypes.CASE_OPENED_V1)
                .then().statusCode(200).body("recipientRole", org.hamcrest.Matchers.hasItems("case-worker", "case-approver"));
        assertProblem(given().header("Authorization", auditor).contentType(ContentType.JSON).body(Map.of()).when()
                .post("/api/v1/routing-rules").then(), 403);
        assertProblem(given().header("Authorization", ADMIN).when()
                .get("/api/v1/routing-rules/" + java.util.UUID.randomUUID()).then(), 404);
    }
}
