package vn.cps.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.cps.testkit.ProblemAssertions.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.cps.events.EventTypes;
import vn.cps.events.Topics;
import vn.cps.notification.domain.WebhookSignature;
import vn.cps.testkit.EventLog;
import vn.cps.testkit.EventSchemaAssert;
import vn.cps.testkit.TestTokens;

/** Partner systems' webhooks against a real HTTP endpoint: signed, once, retried, and given up. */
@QuarkusTest
class WebhookTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ADMIN = TestTokens.user("admin-hooks").roles("admin").jurisdiction("VN").bearer();

    private static String partner(String agency) {
        return TestTokens.user("client-" + agency).roles("partner-system").agency(agency).bearer();
    }

    /** Registers a webhook for the agency at /hooks/{agency}; returns its secret. */
    private static JsonPath register(String bearer, String agency) {
        return given().header("Authorization", bearer).contentType(ContentType.JSON)
                .body(Map.of("agencyCode", agency, "url", PartnerEndpoint.url("/hooks/" + agency)))
                .when().post("/api/v1/webhooks").then().statusCode(201).extract().jsonPath();
    }

    private static List<PartnerEndpoint.Received> receivedAbout(String agency, Events.Case c) {
        return PartnerEndpoint.received("/hooks/" + agency).stream().filter(r -> r.body().contains(c.reference()))
                .toList();
    }

    private static Map<String, Object> logged(String notificationId) {
        return given().header("Authorization", ADMIN).when().get("/api/v1/deliveries?channel=WEBHOOK&limit=200")
                .then().statusCode(200).extract().jsonPath().getMap("items.find { it.id == '" + notificationId + "' }");
    }

    @Test
    void aReferralReachesThePoliceSystemSignedAndOnceEvenWhenTheEventComesTwice() throws Exception {
        String agency = Events.newAgency("POLICE");
        String secret = register(partner(agency), agency).getString("secret");
        assertThat(secret).startsWith("whsec_");
        Events.Case c = Events.Case.in("48", Events.newCommune());

        String eventId = UUID.randomUUID().toString();
        var requested = Events.referral(c, agency, "REQUESTED");
        Events.publishAs(eventId, Topics.CASE_EVENTS, c.id().toString(), EventTypes.CASE_REFERRAL_REQUESTED_V1, requested);
        Events.publishAs(eventId, Topics.CASE_EVENTS, c.id().toString(), EventTypes.CASE_REFERRAL_REQUESTED_V1, requested);
        // a later event on the same case that also reaches the webhook: both copies were consumed before it
        Events.caseEvent(c, EventTypes.CASE_REFERRAL_WITHDRAWN_V1, Events.referral(c, agency, "WITHDRAWN"));

        await().atMost(Duration.ofSeconds(30)).until(() -> receivedAbout(agency, c).stream()
                .anyMatch(r -> "REFERRAL_WITHDRAWN".equals(r.header("X-CPS-Notification-Type"))));
        List<PartnerEndpoint.Received> requests = receivedAbout(agency, c).stream()
                .filter(r -> "REFERRAL_REQUESTED".equals(r.header("X-CPS-Notification-Type"))).toList();
        assertThat(requests).hasSize(1);
        PartnerEndpoint.Received request = requests.get(0);

        assertThat(WebhookSignature.verify(secret, request.header("X-CPS-Signature"), request.body(), Instant.now(),
                Duration.ofMinutes(5))).as("signature").isTrue();
        assertThat(WebhookSignature.verify("whsec_other", request.header("X-CPS-Signature"), request.body(),
                Instant.now(), Duration.ofMinutes(5))).as("signature with another secret").isFalse();
        assertThat(WebhookSignature.verify(secret, request.header("X-CPS-Signature"), request.body() + " ",
                Instant.now(), Duration.ofMinutes(5))).as("signature of a changed body").isFalse();

        JsonNode body = JSON.readTree(request.body());
        // ids, codes, the deadline and a link: nothing about the child or the reporter leaves case-service
        List<String> fields = new java.util.ArrayList<>();
        body.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("id", "notificationId", "type", "agencyCode", "caseId", "caseReference",
                "planId", "deadline", "link", "createdAt");
        assertThat(body.get("id").asText()).isEqualTo(request.header("X-CPS-Notification-Id"));
        assertThat(body.get("type").asText()).isEqualTo("REFERRAL_REQUESTED");
        assertThat(body.get("agencyCode").asText()).isEqualTo(agency);
        assertThat(body.get("caseReference").asText()).isEqualTo(c.reference());
        // an agency reads the case only through its referral: the link names that view
        assertThat(body.get("link").asText()).endsWith("/api/v1/referrals/" + requested.referralId() + "/case");
        assertThat(body.get("deadline").asText()).isEqualTo(requested.responseDue().toString());
        assertThat(EventSchemaAssert.webhookViolations(request.body())).as("the body against the schema in the AsyncAPI document").isEmpty();

        String deliveryId = request.header("X-CPS-Notification-Id");
        EventLog.Published delivered = EventLog.awaitRecord(Topics.NOTIFICATION_EVENTS,
                "the outcome of delivery " + deliveryId, r -> r.value().contains(deliveryId), Duration.ofSeconds(30));
        assertThat(delivered.header("ce_type")).isEqualTo(EventTypes.NOTIFICATION_DELIVERED_V1);
        assertThat(EventSchemaAssert.violations(delivered.header("ce_type"), delivered.value())).isEmpty();
        assertThat(delivered.value()).doesNotContain("/hooks/").contains(agency);
    }

    @Test
    void aFailingEndpointIsRetriedWithGrowingPausesUntilItAnswers() {
        String agency = Events.newAgency("HEALTH");
        register(ADMIN, agency);
        PartnerEndpoint.script("/hooks/" + agency, 503, 503);
        Events.Case c = Events.Case.in("48", Events.newCommune());
        Events.caseEvent(c, EventTypes.CASE_REFERRAL_REQUESTED_V1, Events.referral(c, agency, "REQUESTED"));

        await().atMost(Duration.ofSeconds(30)).until(() -> receivedAbout(agency, c).size() == 3);
        List<PartnerEndpoint.Received> attempts = receivedAbout(agency, c);
        assertThat(attempts).extracting(r -> r.header("X-CPS-Notification-Id")).containsOnly(
                attempts.get(0).header("X-CPS-Notification-Id"));
        // backoff 200 ms doubled each time, jitter never below half: at least 100 ms, then at least 200 ms
        assertThat(Duration.between(attempts.get(0).at(), attempts.get(1).at())).isGreaterThanOrEqualTo(
                Duration.ofMillis(100));
        assertThat(Duration.between(attempts.get(1).at(), attempts.get(2).at())).isGreaterThanOrEqualTo(
                Duration.ofMillis(200));
        String id = attempts.get(0).header("X-CPS-Notification-Id");
        await().atMost(Duration.ofSeconds(10)).until(() -> "DELIVERED".equals(logged(id).get("status")));
        assertThat(logged(id)).containsEntry("attempts", 3).containsEntry("lastError", null);
    }

    @Test
    void anEndpointThatKeepsFailingIsGivenUpAfterTheBoundAndDeadLettered() {
        String agency = Events.newAgency("EDU");
        register(ADMIN, agency);
        PartnerEndpoint.always("/hooks/" + agency, 500);
        Events.Case c = Events.Case.in("48", Events.newCommune());
        Events.caseEvent(c, EventTypes.CASE_REFERRAL_REQUESTED_V1, Events.referral(c, agency, "REQUESTED"));

        await().atMost(Duration.ofSeconds(30)).until(() -> receivedAbout(agency, c).size() >= 4);
        String id = receivedAbout(agency, c).get(0).header("X-CPS-Notification-Id");
        await().atMost(Duration.ofSeconds(10)).until(() -> "DEAD".equals(logged(id).get("status")));
        assertThat(logged(id)).containsEntry("attempts", 4).containsEntry("lastError", "HTTP 500");
        assertThat(receivedAbout(agency, c)).as("no attempt after the bound").hasSize(4);

        EventLog.Published failed = EventLog.awaitRecord(Topics.NOTIFICATION_EVENTS, "notification-failed of " + id,
                r -> r.value().contains(id) && EventTypes.NOTIFICATION_FAILED_V1.equals(r.header("ce_type")),
                Duration.ofSeconds(30));
        assertThat(EventSchemaAssert.violations(EventTypes.NOTIFICATION_FAILED_V1, failed.value())).isEmpty();
        assertThat(failed.value()).contains("\"reason\":\"HTTP 500\"").contains("\"attempts\":4");

        List<String> dead = given().header("Authorization", ADMIN).when().get("/api/v1/deliveries?status=DEAD&limit=200")
                .then().statusCode(200).extract().path("items.id");
        assertThat(dead).contains(id);

        // the partner fixes its endpoint; an admin sends the dead delivery again
        PartnerEndpoint.always("/hooks/" + agency, 200);
        assertProblem(given().header("Authorization", TestTokens.user("aud").roles("auditor").jurisdiction("VN")
                .bearer()).when().post("/api/v1/deliveries/" + id + "/retry").then(), 403);
        given().header("Authorization", ADMIN).when().post("/api/v1/deliveries/" + id + "/retry").then()
                .statusCode(200).body("status", org.hamcrest.Matchers.equalTo("PENDING"));
        await().atMost(Duration.ofSeconds(10)).until(() -> "DELIVERED".equals(logged(id).get("status")));
        assertProblem(given().header("Authorization", ADMIN).when().post("/api/v1/deliveries/" + id + "/retry").then(),
                409);
    }

    @Test
    void anEndpointThatRefusesTheRequestIsNotRetried() {
        String agency = Events.newAgency("COURT");
        register(ADMIN, agency);
        PartnerEndpoint.always("/hooks/" + agency, 410);
        Events.Case c = Events.Case.in("48", Events.newCommune());
        Events.caseEvent(c, EventTypes.CASE_REFERRAL_REQUESTED_V1, Events.referral(c, agency, "REQUESTED"));

        await().atMost(Duration.ofSeconds(30)).until(() -> receivedAbout(agency, c).size() == 1);
        String id = receivedAbout(agency, c).get(0).header("X-CPS-Notification-Id");
        await().atMost(Duration.ofSeconds(10)).until(() -> "DEAD".equals(logged(id).get("status")));
        assertThat(logged(id)).containsEntry("attempts", 1).containsEntry("lastError", "HTTP 410");
    }

    @Test
    void registrationIsCheckedAndSecretsAreShownOnlyWhenMade() {
        String agency = Events.newAgency("POLICE");
        String other = Events.newAgency("POLICE");
        assertProblem(given().header("Authorization", partner(agency)).contentType(ContentType.JSON)
                .body(Map.of("agencyCode", other, "url", "https://police.example.vn/hook")).when()
                .post("/api/v1/webhooks").then(), 403);
        assertProblem(given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body(Map.of("agencyCode", agency, "url", "ftp://police.example.vn/hook")).when()
                .post("/api/v1/webhooks").then(), 422);
        assertProblem(given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body(Map.of("agencyCode", agency, "url", "https://user:pw@police.example.vn/hook")).when()
                .post("/api/v1/webhooks").then(), 422);
        assertProblem(given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body(Map.of("agencyCode", "lower case", "url", "https://police.example.vn/hook")).when()
                .post("/api/v1/webhooks").then(), 400);
        assertProblem(given().header("Authorization", TestTokens.user("cw").roles("case-worker").jurisdiction("20209")
                .bearer()).when().get("/api/v1/webhooks").then(), 403);
        assertProblem(given().when().get("/api/v1/webhooks").then(), 401);

        JsonPath created = register(partner(agency), agency);
        String id = created.getString("id");
        given().header("Authorization", partner(agency)).when().get("/api/v1/webhooks/" + id).then().statusCode(200)
                .body("secret", org.hamcrest.Matchers.nullValue());
        assertProblem(given().header("Authorization", partner(other)).when().get("/api/v1/webhooks/" + id).then(), 404);
        List<String> mine = given().header("Authorization", partner(agency)).when().get("/api/v1/webhooks").then()
                .statusCode(200).extract().path("agencyCode");
        assertThat(mine).containsOnly(agency);
        String rotated = given().header("Authorization", partner(agency)).when()
                .post("/api/v1/webhooks/" + id + "/secret").then().statusCode(200).extract().path("secret");
        assertThat(rotated).startsWith("whsec_").isNotEqualTo(created.getString("secret"));
        given().header("Authorization", partner(agency)).when().delete("/api/v1/webhooks/" + id).then().statusCode(204);
        assertProblem(given().header("Authorization", partner(agency)).when().get("/api/v1/webhooks/" + id).then(), 404);
    }
}
