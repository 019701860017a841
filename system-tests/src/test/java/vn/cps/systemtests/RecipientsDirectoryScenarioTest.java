package vn.cps.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Email reaches the people of the identity provider, not only those who once saved their settings:
 * notification-service reads Keycloak's users (client cps-notification-directory, view-users only).
 * A user disabled in Keycloak stops receiving; with Keycloak down, the last directory read serves.
 */
class RecipientsDirectoryScenarioTest {

    private static LocalStack stack;
    private static StackClient client;

    @BeforeAll
    static void start() {
        stack = LocalStack.get();
        client = new StackClient(stack);
    }

    /**
     * The case's email deliveries, as the admin's delivery log shows them: the notification type and
     * the Keycloak user it went to (the log masks the address itself).
     */
    private static List<String> emails(String admin, String caseId) throws Exception {
        HttpResponse<String> answer = client.call("GET", stack.service("notification")
                + "/api/v1/deliveries?channel=EMAIL&limit=200&caseId=" + caseId, admin, null);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        List<String> seen = new ArrayList<>();
        for (JsonNode d : StackClient.JSON.readTree(answer.body()).get("items")) {
            assertThat(d.get("address").asText()).as("the address, masked in the log").contains("***@");
            seen.add(d.get("notificationType").asText() + " " + d.get("recipientUser").asText());
        }
        return seen;
    }

    private static void awaitEmail(String admin, String caseId, String expected) {
        await().atMost(Duration.ofSeconds(45)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(emails(admin, caseId))
                        .as("the email deliveries about case " + caseId).contains(expected));
    }

    private static String openCase(String operator, String commune) throws Exception {
        HttpResponse<String> created = client.report(operator, commune, StackClient.Seeded.number(70));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return StackClient.JSON.readTree(created.body()).get("caseId").asText();
    }

    @Test
    void anOfficerWhoNeverSavedSettingsGetsTheEmailAndADisabledLiaisonGetsNone() throws Exception {
        String admin = client.login("admin");
        String operator = client.tokenOf("hotline-operator");
        String officer = client.login("officer.20194");
        String officerId = userId("officer.20194");

        // officer.20194 never saved notification settings: the directory gives their address
        String first = openCase(operator, "20194");
        awaitEmail(admin, first, "CASE_OPENED " + officerId);

        String liaison = userId("liaison.police48");
        Instant disabledAt = Instant.now();
        setEnabled(liaison, false);
        try {
            awaitDirectoryReadAfter(disabledAt);
            String caseId = openCase(operator, "20194");
            String referralId = client.referToPolice48(officer, caseId);
            // the police's own system declines; the commune officer is told by email, after the request was routed
            HttpResponse<String> read = client.call("GET", stack.service("case") + "/api/v1/referrals/" + referralId,
                    client.partnerToken(), null);
            HttpResponse<String> declined = client.call("POST", stack.service("case") + "/api/v1/referrals/" + referralId
                    + "/decline", client.partnerToken(), "{\"reason\": \"Không thuộc địa bàn\"}",
                    read.headers().firstValue("ETag").orElseThrow());
            assertThat(declined.statusCode()).as(declined.body()).isEqualTo(200);
            awaitEmail(admin, caseId, "REFERRAL_DECLINED " + officerId);
            assertThat(emails(admin, caseId)).as("emails about a referral while the liaison is disabled")
                    .noneMatch(e -> e.endsWith(liaison));
        } finally {
            setEnabled(liaison, true);
        }
        Instant enabledAt = Instant.now();
        awaitDirectoryReadAfter(enabledAt);
        String caseId = openCase(operator, "20194");
        client.referToPolice48(officer, caseId);
        awaitEmail(admin, caseId, "REFERRAL_REQUESTED " + liaison);
    }

    @Test
    void withKeycloakDownTheLastDirectoryReadStillReachesTheOfficer() throws Exception {
        String admin = client.login("admin");
        String operator = client.tokenOf("hotline-operator");
        String officerId = userId("officer.20194");
        awaitDirectoryReadAfter(Instant.now());
        stack.control("stop", "keycloak");
        try {
            // tokens issued before keep working; the directory cannot be read, the last one serves
            String caseId = openCase(operator, "20194");
            awaitEmail(admin, caseId, "CASE_OPENED " + officerId);
        } finally {
            stack.control("start", "keycloak");
        }
    }

    /** Waits until notification-service has read the directory after the moment (its age metric says so). */
    private static void awaitDirectoryReadAfter(Instant moment) {
        Pattern gauge = Pattern.compile("(?m)^cps_directory_age_seconds(?:\\{[^}]*\\})? ([0-9.eE+-]+)$");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            HttpResponse<String> metrics = StackClient.HTTP.send(HttpRequest.newBuilder(
                    URI.create(stack.service("notification") + "/q/metrics")).build(), HttpResponse.BodyHandlers.ofString());
            Matcher m = gauge.matcher(metrics.body());
            assertThat(m.find()).as("cps_directory_age_seconds with a value in notification-service's metrics").isTrue();
            // whole seconds: the read came after the moment when it is younger than the time since, less one
            assertThat(Double.parseDouble(m.group(1))).as("age of the directory read, seconds")
                    .isLessThan(Duration.between(moment, Instant.now()).toSeconds() - 1);
        });
    }

    private static String adminToken() throws Exception {
        String form = "grant_type=password&client_id=admin-cli&username=admin&password="
                + URLEncoder.encode(stack.keycloakAdminPassword, StandardCharsets.UTF_8);
        HttpResponse<String> answer = StackClient.HTTP.send(HttpRequest.newBuilder(URI.create(stack.keycloak()
                        + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as("Keycloak admin login: " + answer.body()).isEqualTo(200);
        return StackClient.JSON.readTree(answer.body()).get("access_token").asText();
    }

    private static String userId(String username) throws Exception {
        HttpResponse<String> answer = StackClient.HTTP.send(HttpRequest.newBuilder(URI.create(stack.keycloak()
                        + "/admin/realms/child-protection/users?exact=true&username=" + username))
                .header("Authorization", "Bearer " + adminToken()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode users = StackClient.JSON.readTree(answer.body());
        assertThat(users).as("user " + username).hasSize(1);
        return users.get(0).get("id").asText();
    }

    private static void setEnabled(String userId, boolean enabled) throws Exception {
        HttpResponse<String> answer = StackClient.HTTP.send(HttpRequest.newBuilder(URI.create(stack.keycloak()
                        + "/admin/realms/child-protection/users/" + userId))
                .header("Authorization", "Bearer " + adminToken()).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"enabled\": " + enabled + "}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as("enable=" + enabled + ": " + answer.body()).isEqualTo(204);
    }
}
