package vn.cps.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Scenarios that cross every service, driven over HTTP with real Keycloak tokens. */
class CrossServiceScenariosTest {

    private static final ObjectMapper JSON = StackClient.JSON;
    private static LocalStack stack;
    private static StackClient client;

    @BeforeAll
    static void startStack() {
        stack = LocalStack.get();
        client = new StackClient(stack);
    }

    private static JsonNode fileReport(String operator, String commune) throws Exception {
        String report = """
                {"channel": "HOTLINE_111", "callerRelationship": "TEACHER",
                 "child": {"fullName": "Trần Minh Khoa", "sex": "MALE", "estimatedAge": 9},
                 "location": {"provinceCode": "48", "communeCode": "%s"},
                 "harmTypes": ["VIOLENCE"], "summary": "Giáo viên báo học sinh có nhiều vết thương."}""".formatted(commune);
        HttpResponse<String> created = client.call("POST", stack.service("case") + "/api/v1/intakes", operator, report);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return JSON.readTree(created.body());
    }

    private static String inbox(String token) throws Exception {
        HttpResponse<String> answer = client.call("GET", stack.service("notification") + "/api/v1/notifications?limit=200", token, null);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return answer.body();
    }

    @Test
    void aHotlineReportBecomesACaseANotificationAndACount() throws Exception {
        String operator = client.login("operator111");
        String officer = client.login("officer.20194");
        // the provincial supervisor has case access: small counts are not suppressed for them
        String supervisor = client.login("supervisor.48");
        long before = client.casesIn48Today(supervisor);

        JsonNode created = fileReport(operator, "20194");
        String reference = created.get("caseReference").asText();
        String caseId = created.get("caseId").asText();

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .until(() -> inbox(officer).contains(reference));
        HttpResponse<String> opened = client.call("GET", stack.service("case") + "/api/v1/cases/" + caseId, officer, null);
        assertThat(opened.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(opened.body()).get("child").get("fullName").asText()).isEqualTo("Trần Minh Khoa");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .until(() -> client.casesIn48Today(supervisor) == before + 1);
    }

    @Test
    void anOfficerOfAnotherCommuneSeesNeitherTheCaseNorTheNotification() throws Exception {
        String operator = client.login("operator111");
        String officer = client.login("officer.20194");
        String other = client.login("officer.20200");
        JsonNode created = fileReport(operator, "20194");
        String reference = created.get("caseReference").asText();
        await().atMost(Duration.ofSeconds(30)).until(() -> inbox(officer).contains(reference));

        assertThat(inbox(other)).doesNotContain(reference);
        assertThat(client.call("GET", stack.service("case") + "/api/v1/cases/" + created.get("caseId").asText(), other, null)
                .statusCode()).isEqualTo(404);
    }

    /**
     * Quảng Nam (49) is part of Đà Nẵng (48) since 1 July 2025: its plan of 2023 keeps 49 as recorded,
     * lies in 48, and Đà Nẵng's plan manager records its values, reads its targets as behind and is told.
     */
    @Test
    void theQuangNamPlanOfBeforeTheReformIsDaNangsToActOnAndBeNotifiedOf() throws Exception {
        String admin = client.login("admin");
        String planner = client.login("planner.48");
        String plans = stack.service("plan") + "/api/v1";
        HttpResponse<String> imported = client.call("POST", plans + "/plan-imports/quang-nam-2023", admin, null);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        JsonNode plan = JSON.readTree(imported.body());
        assertThat(plan.get("recordedJurisdiction").asText()).isEqualTo("49");
        assertThat(plan.get("jurisdiction").asText()).isEqualTo("48");
        String planId = plan.get("id").asText();
        assertThat(client.call("POST", plans + "/plan-imports/quang-nam-2023", admin, null).statusCode()).isEqualTo(409);

        for (var value : Map.of("NPA-06", 95, "QN23-02", 60).entrySet()) {
            HttpResponse<String> recorded = client.call("POST", plans + "/indicator-values", planner,
                    JSON.writeValueAsString(Map.of("indicatorCode", value.getKey(), "jurisdiction", "48", "year", 2023,
                            "value", value.getValue())));
            assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        }
        HttpResponse<String> targets = client.call("GET", plans + "/plans/" + planId + "/targets", planner, null);
        assertThat(targets.statusCode()).as(targets.body()).isEqualTo(200);
        Map<String, String> status = new java.util.HashMap<>();
        JSON.readTree(targets.body()).forEach(t -> status.put(t.get("indicatorCode").asText(), t.get("status").asText()));
        assertThat(status).containsEntry("NPA-06", "MISSED").containsEntry("QN23-02", "MISSED");

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .alias("two TARGET_MISSED entries of plan " + planId + " in planner.48's inbox")
                .until(() -> client.planNotifications(planner, planId, "TARGET_MISSED"), missed -> missed == 2);
    }

    @Test
    void aWrongPasswordOrClientSecretGetsNoToken() throws Exception {
        assertNoToken(client.tokenRequest(Map.of("grant_type", "password", "client_id", "cps-api-client",
                "username", "operator111", "password", "not-the-password")), "invalid_grant");
        assertNoToken(client.tokenRequest(Map.of("grant_type", "client_credentials", "client_id", "cps-partner-police48",
                "client_secret", "not-the-secret")), "unauthorized_client");

        HttpResponse<String> partner = client.tokenRequest(Map.of("grant_type", "client_credentials",
                "client_id", "cps-partner-police48", "client_secret", stack.partnerSecret));
        assertThat(partner.statusCode()).as(partner.body()).isEqualTo(200);
        String token = JSON.readTree(partner.body()).get("access_token").asText();
        assertThat(client.call("GET", stack.service("plan") + "/api/v1/indicators?limit=1", token, null).statusCode())
                .isEqualTo(200);
    }

    /** OAuth 2.0 (RFC 6749 5.2) answers a bad grant with 400 and a bad client with 401, and no token. */
    private static void assertNoToken(HttpResponse<String> answer, String error) throws Exception {
        assertThat(answer.statusCode()).as(answer.body()).isIn(400, 401);
        JsonNode body = JSON.readTree(answer.body());
        assertThat(body.has("access_token")).isFalse();
        assertThat(body.get("error").asText()).isEqualTo(error);
    }

    @Test
    void aTokenOfAnotherIssuerOrAnExpiredOneGets401() throws Exception {
        String operator = client.login("operator111");
        String[] parts = operator.split("\\.");
        JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));

        String foreign = selfSigned(Map.of("iss", "https://issuer.example.org/realms/child-protection",
                "sub", claims.get("sub").asText(), "aud", "cps-api", "exp", Instant.now().plusSeconds(600).getEpochSecond(),
                "realm_access", Map.of("roles", java.util.List.of("hotline-operator")), "jurisdiction", "VN"));
        assertThat(client.call("GET", stack.service("case") + "/api/v1/cases/" + java.util.UUID.randomUUID(), foreign, null)
                .statusCode()).isEqualTo(401);

        // a genuine token of the realm that expires: its client issues 5-second tokens
        HttpResponse<String> shortLived = client.tokenRequest(Map.of("grant_type", "password", "client_id", "cps-short-lived",
                "username", "operator111", "password", stack.demoPassword));
        assertThat(shortLived.statusCode()).as(shortLived.body()).isEqualTo(200);
        String expiring = JSON.readTree(shortLived.body()).get("access_token").asText();
        long exp = JSON.readTree(Base64.getUrlDecoder().decode(expiring.split("\\.")[1])).get("exp").asLong();
        assertThat(client.call("GET", stack.service("plan") + "/api/v1/indicators?limit=1", expiring, null).statusCode())
                .isEqualTo(403);
        await().atMost(Duration.ofSeconds(30)).until(() -> Instant.now().getEpochSecond() > exp + 1);
        assertThat(client.call("GET", stack.service("plan") + "/api/v1/indicators?limit=1", expiring, null).statusCode())
                .isEqualTo(401);
    }

    private static String selfSigned(Map<String, Object> claims) throws Exception {
        var keys = KeyPairGenerator.getInstance("RSA");
        keys.initialize(2048);
        var pair = keys.generateKeyPair();
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"foreign\"}".getBytes(StandardCharsets.UTF_8));
        String payload = b64.encodeToString(JSON.writeValueAsBytes(claims));
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(pair.getPrivate());
        signer.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
        return header + "." + payload + "." + b64.encodeToString(signer.sign());
    }
}
