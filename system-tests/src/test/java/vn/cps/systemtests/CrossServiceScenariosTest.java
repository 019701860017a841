package vn.cps.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Scenarios that cross every service, driven over HTTP with real Keycloak tokens. */
class CrossServiceScenariosTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static LocalStack stack;

    @BeforeAll
    static void startStack() {
        stack = LocalStack.get();
    }

    private static HttpResponse<String> tokenRequest(Map<String, String> form) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return HTTP.send(HttpRequest.newBuilder(URI.create(stack.realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String login(String user) throws Exception {
        HttpResponse<String> answer = tokenRequest(Map.of("grant_type", "password", "client_id", "cps-api-client",
                "username", user, "password", stack.demoPassword));
        assertThat(answer.statusCode()).as("login of %s: %s", user, answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body()).get("access_token").asText();
    }

    private static HttpResponse<String> call(String method, String url, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(15));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonNode fileReport(String operator, String commune) throws Exception {
        String report = """
                {"channel": "HOTLINE_111", "callerRelationship": "TEACHER",
                 "child": {"fullName": "Trần Minh Khoa", "sex": "MALE", "estimatedAge": 9},
                 "location": {"provinceCode": "48", "communeCode": "%s"},
                 "harmTypes": ["VIOLENCE"], "summary": "Giáo viên báo học sinh có nhiều vết thương."}""".formatted(commune);
        HttpResponse<String> created = call("POST", stack.service("case") + "/api/v1/intakes", operator, report);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return JSON.readTree(created.body());
    }

    private static String inbox(String token) throws Exception {
        HttpResponse<String> answer = call("GET", stack.service("notification") + "/api/v1/notifications?limit=200", token, null);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return answer.body();
    }

    private static long casesIn48Today(String bearer) throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        HttpResponse<String> answer = call("GET", stack.service("reporting") + "/api/v1/statistics/cases?from="
                + today.minusDays(1) + "&to=" + today.plusDays(1) + "&groupBy=province", bearer, null);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        for (JsonNode row : JSON.readTree(answer.body()).get("rows")) {
            if (row.get("key").asText().equals("48")) {
                return row.get("count").asLong();
            }
        }
        return 0;
    }

    @Test
    void aHotlineReportBecomesACaseANotificationAndACount() throws Exception {
        String operator = login("operator111");
        String officer = login("officer.20194");
        // the provincial supervisor has case access: small counts are not suppressed for them
        String supervisor = login("supervisor.48");
        long before = casesIn48Today(supervisor);

        JsonNode created = fileReport(operator, "20194");
        String reference = created.get("caseReference").asText();
        String caseId = created.get("caseId").asText();

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .until(() -> inbox(officer).contains(reference));
        HttpResponse<String> opened = call("GET", stack.service("case") + "/api/v1/cases/" + caseId, officer, null);
        assertThat(opened.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(opened.body()).get("child").get("fullName").asText()).isEqualTo("Trần Minh Khoa");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .until(() -> casesIn48Today(supervisor) == before + 1);
    }

    @Test
    void anOfficerOfAnotherCommuneSeesNeitherTheCaseNorTheNotification() throws Exception {
        String operator = login("operator111");
        String officer = login("officer.20194");
        String other = login("officer.20200");
        JsonNode created = fileReport(operator, "20194");
        String reference = created.get("caseReference").asText();
        await().atMost(Duration.ofSeconds(30)).until(() -> inbox(officer).contains(reference));

        assertThat(inbox(other)).doesNotContain(reference);
        assertThat(call("GET", stack.service("case") + "/api/v1/cases/" + created.get("caseId").asText(), other, null)
                .statusCode()).isEqualTo(404);
    }

    @Test
    void aWrongPasswordOrClientSecretGetsNoToken() throws Exception {
        assertNoToken(tokenRequest(Map.of("grant_type", "password", "client_id", "cps-api-client",
                "username", "operator111", "password", "not-the-password")), "invalid_grant");
        assertNoToken(tokenRequest(Map.of("grant_type", "client_credentials", "client_id", "cps-partner-police48",
                "client_secret", "not-the-secret")), "unauthorized_client");

        HttpResponse<String> partner = tokenRequest(Map.of("grant_type", "client_credentials",
                "client_id", "cps-partner-police48", "client_secret", stack.partnerSecret));
        assertThat(partner.statusCode()).as(partner.body()).isEqualTo(200);
        String token = JSON.readTree(partner.body()).get("access_token").asText();
        assertThat(call("GET", stack.service("plan") + "/api/v1/indicators?limit=1", token, null).statusCode())
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
        String operator = login("operator111");
        String[] parts = operator.split("\\.");
        JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));

        String foreign = selfSigned(Map.of("iss", "https://issuer.example.org/realms/child-protection",
                "sub", claims.get("sub").asText(), "aud", "cps-api", "exp", Instant.now().plusSeconds(600).getEpochSecond(),
                "realm_access", Map.of("roles", java.util.List.of("hotline-operator")), "jurisdiction", "VN"));
        assertThat(call("GET", stack.service("case") + "/api/v1/cases/" + java.util.UUID.randomUUID(), foreign, null)
                .statusCode()).isEqualTo(401);

        // a genuine token of the realm that expires: its client issues 10-second tokens
        HttpResponse<String> shortLived = tokenRequest(Map.of("grant_type", "password", "client_id", "cps-short-lived",
                "username", "operator111", "password", stack.demoPassword));
        assertThat(shortLived.statusCode()).as(shortLived.body()).isEqualTo(200);
        String expiring = JSON.readTree(shortLived.body()).get("access_token").asText();
        long exp = JSON.readTree(Base64.getUrlDecoder().decode(expiring.split("\\.")[1])).get("exp").asLong();
        assertThat(call("GET", stack.service("plan") + "/api/v1/indicators?limit=1", expiring, null).statusCode())
                .isEqualTo(403);
        await().atMost(Duration.ofSeconds(30)).until(() -> Instant.now().getEpochSecond() > exp + 1);
        assertThat(call("GET", stack.service("plan") + "/api/v1/indicators?limit=1", expiring, null).statusCode())
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
