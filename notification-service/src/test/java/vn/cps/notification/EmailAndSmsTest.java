package vn.cps.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.cps.testkit.ProblemAssertions.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.cps.events.EventTypes;
import vn.cps.events.Topics;
import vn.cps.testkit.TestTokens;

/** Email through a real SMTP server and SMS through a real HTTP gateway, as their receivers see them. */
@QuarkusTest
class EmailAndSmsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String saveSettings(String bearer, Map<String, Object> settings) {
        return given().header("Authorization", bearer).contentType(ContentType.JSON).body(settings)
                .when().put("/api/v1/me/notification-settings").then().statusCode(200).extract().header("ETag");
    }

    @Test
    void aNewCaseIsEmailedToTheCommuneOfficerOnceEvenWhenTheEventComesTwice() {
        Events.Case c = Events.Case.in("48", Events.newCommune());
        String address = "officer." + c.commune() + "@ubnd.example.vn";
        String officer = TestTokens.user("officer-" + c.commune()).roles("case-worker").jurisdiction(c.commune()).bearer();
        saveSettings(officer, Map.of("email", address));

        String eventId = UUID.randomUUID().toString();
        Events.publishAs(eventId, Topics.CASE_EVENTS, c.id().toString(), EventTypes.CASE_OPENED_V1,
                Events.opened(c, Instant.now()));
        Events.publishAs(eventId, Topics.CASE_EVENTS, c.id().toString(), EventTypes.CASE_OPENED_V1,
                Events.opened(c, Instant.now()));
        // a later event on the same case (same key, same partition) that also emails the officer proves
        // that both copies were consumed before it
        Events.caseEvent(c, EventTypes.CASE_REFERRAL_DECLINED_V1, Events.referral(c, "POLICE-48", "DECLINED"));

        await().atMost(Duration.ofSeconds(30)).until(() -> GreenMailResource.to(address).stream()
                .anyMatch(m -> GreenMailResource.subject(m).contains("Referral declined")));
        List<MimeMessage> aboutFirst = GreenMailResource.to(address).stream()
                .filter(m -> GreenMailResource.subject(m).contains("New case")).toList();
        assertThat(aboutFirst).hasSize(1);
        MimeMessage mail = aboutFirst.get(0);
        assertThat(GreenMailResource.subject(mail)).contains("New case / Vụ việc mới");
        String text = GreenMailResource.text(mail);
        assertThat(text).contains("Mã vụ việc / Case: " + c.reference())
                .contains("http://127.0.0.1:18281/api/v1/cases/" + c.id())
                .contains("(giờ Việt Nam)");
        String notificationId = GreenMailResource.header(mail, "X-CPS-Notification-Id");
        assertThat(text).contains(notificationId);

        String auditor = TestTokens.user("auditor-vn").roles("auditor").jurisdiction("VN").bearer();
        Map<String, Object> logged = given().header("Authorization", auditor).when()
                .get("/api/v1/deliveries?caseId=" + c.id() + "&channel=EMAIL").then().statusCode(200).extract()
                .jsonPath().getMap("items.find { it.id == '" + notificationId + "' }");
        assertThat(logged).containsEntry("status", "DELIVERED").containsEntry("attempts", 1)
                .containsEntry("notificationType", "CASE_OPENED").containsEntry("recipientUser",
                        UUID.nameUUIDFromBytes(("officer-" + c.commune()).getBytes()).toString());
        assertThat((String) logged.get("address")).startsWith("o***@").doesNotContain("officer");
    }

    @Test
    void manyCasesOpenedAtOnceAreEachEmailedOnceAcrossDeliveryBatches() {
        String commune = Events.newCommune();
        String address = "officer." + commune + "@ubnd.example.vn";
        String officer = TestTokens.user("officer-" + commune).roles("case-worker").jurisdiction(commune).bearer();
        saveSettings(officer, Map.of("email", address));
        // 45 deliveries due together: more than two batches of cps.notification.delivery.batch-size (20)
        List<Events.Case> cases = IntStream.range(0, 45).mapToObj(i -> Events.Case.in("48", commune)).toList();
        for (Events.Case c : cases) {
            Events.caseEvent(c, EventTypes.CASE_OPENED_V1, Events.opened(c, Instant.now()));
        }

        await("45 emails to " + address).atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(GreenMailResource.to(address)).hasSize(45));
        List<String> references = GreenMailResource.to(address).stream().map(GreenMailResource::text)
                .map(text -> text.replaceFirst("(?s).*Mã vụ việc / Case: (\\S+).*", "$1")).sorted().toList();
        assertThat(references).containsExactlyElementsOf(cases.stream().map(Events.Case::reference).sorted().toList());
    }

    @Test
    void aMutedChannelIsSilentButALegalDeadlineAlertStillComes() {
        Events.Case c = Events.Case.in("48", Events.newCommune());
        String address = "chair." + c.commune() + "@ubnd.example.vn";
        String chair = TestTokens.user("chair-" + c.commune()).roles("case-approver").jurisdiction(c.commune()).bearer();
        String etag = saveSettings(chair, Map.of("email", address));
        saveSettingsWithIfMatch(chair, etag, Map.of("email", address, "mutedChannels", List.of("EMAIL")));

        Events.caseEvent(c, EventTypes.CASE_PLAN_SUBMITTED_V1, Events.planSubmitted(c));
        Events.caseEvent(c, EventTypes.CASE_DEADLINE_MISSED_V1, Events.deadlineMissed(c, "SUPPORT_PLAN"));

        await().atMost(Duration.ofSeconds(30)).until(() -> !GreenMailResource.to(address).isEmpty());
        List<MimeMessage> mails = GreenMailResource.to(address);
        assertThat(mails).hasSize(1);
        assertThat(GreenMailResource.subject(mails.get(0))).contains("Legal deadline missed").contains(c.reference());
        // the plan waiting for approval is in the inbox, not in the mailbox
        List<String> types = given().header("Authorization", chair).when().get("/api/v1/notifications").then()
                .statusCode(200).extract().path("items.type");
        assertThat(types).contains("PLAN_SUBMITTED", "DEADLINE_MISSED");
    }

    private static void saveSettingsWithIfMatch(String bearer, String etag, Map<String, Object> settings) {
        given().header("Authorization", bearer).header("If-Match", etag).contentType(ContentType.JSON).body(settings)
                .when().put("/api/v1/me/notification-settings").then().statusCode(200)
                .body("mutedChannels", org.hamcrest.Matchers.equalTo(settings.getOrDefault("mutedChannels", List.of())));
    }

    @Test
    void aMissedDeadlineReachesTheProvincialSupervisorBySmsThroughTheGateway() throws Exception {
        Events.Case c = Events.Case.in("46", Events.newCommune());
        String supervisor = TestTokens.user("supervisor-46").roles("case-supervisor").jurisdiction("46").bearer();
        saveSettings(supervisor, Map.of("phone", "0912345678"));

        Events.caseEvent(c, EventTypes.CASE_DEADLINE_MISSED_V1, Events.deadlineMissed(c, "EMERGENCY_MEASURES"));

        await().atMost(Duration.ofSeconds(30)).until(() -> PartnerEndpoint.received("/sms").stream()
                .anyMatch(r -> r.body().contains(c.reference())));
        PartnerEndpoint.Received sms = PartnerEndpoint.received("/sms").stream()
                .filter(r -> r.body().contains(c.reference())).findFirst().orElseThrow();
        assertThat(sms.header("Authorization")).isEqualTo("Bearer test-gateway-token");
        JsonNode body = JSON.readTree(sms.body());
        assertThat(body.get("to").asText()).isEqualTo("0912345678");
        assertThat(body.get("text").asText()).startsWith("CPS: Đã quá hạn theo luật định " + c.reference())
                .endsWith("/api/v1/cases/" + c.id());
        assertThat(body.get("messageId").asText()).isEqualTo(sms.header("X-CPS-Notification-Id"));
    }

    @Test
    void settingsAreValidatedAndTheInboxCannotBeMuted() {
        String worker = TestTokens.user("settings-" + UUID.randomUUID()).roles("case-worker").jurisdiction("20209")
                .bearer();
        assertProblem(given().header("Authorization", worker).when().get("/api/v1/me/notification-settings").then(),
                404);
        assertProblem(given().header("Authorization", worker).contentType(ContentType.JSON)
                .body(Map.of("email", "not-an-address")).when().put("/api/v1/me/notification-settings").then(), 400)
                .body("violations.field", org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString("email")));
        assertProblem(given().header("Authorization", worker).contentType(ContentType.JSON)
                .body(Map.of("phone", "12345")).when().put("/api/v1/me/notification-settings").then(), 400);
        assertProblem(given().header("Authorization", worker).contentType(ContentType.JSON)
                .body(Map.of("mutedChannels", List.of("INBOX"))).when().put("/api/v1/me/notification-settings")
                .then(), 422);
        String etag = saveSettings(worker, Map.of("email", "a@example.vn"));
        assertProblem(given().header("Authorization", worker).contentType(ContentType.JSON)
                .body(Map.of("email", "b@example.vn")).when().put("/api/v1/me/notification-settings").then(), 428);
        assertProblem(given().header("Authorization", worker).header("If-Match", "\"999\"").contentType(ContentType.JSON)
                .body(Map.of("email", "b@example.vn")).when().put("/api/v1/me/notification-settings").then(), 412);
        given().header("Authorization", worker).when().get("/api/v1/me/notification-settings").then().statusCode(200)
                .header("ETag", etag).body("email", org.hamcrest.Matchers.equalTo("a@example.vn"))
                .body("roles", org.hamcrest.Matchers.contains("case-worker"))
                .body("jurisdiction", org.hamcrest.Matchers.equalTo("20209"));
    }
}
