package vn.cps.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
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
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.cps.client.CpsConnection;
import vn.cps.client.cases.ApiResponse;
import vn.cps.client.cases.api.CasesApi;
import vn.cps.client.cases.api.IntakesApi;
import vn.cps.client.cases.model.CallerRelationship;
import vn.cps.client.cases.model.CaseSummary;
import vn.cps.client.cases.model.CaseView;
import vn.cps.client.cases.model.Channel;
import vn.cps.client.cases.model.HarmType;
import vn.cps.client.cases.model.IntakeAccepted;
import vn.cps.client.cases.model.IntakeChild;
import vn.cps.client.cases.model.IntakeRequest;
import vn.cps.client.cases.model.LocationRequest;
import vn.cps.client.cases.model.OpenedCase;
import vn.cps.client.cases.model.Sex;
import vn.cps.client.notifications.api.InboxApi;
import vn.cps.client.notifications.model.NotificationView;
import vn.cps.client.reporting.api.StatisticsApi;
import vn.cps.client.reporting.model.TableView;

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

    /**
     * Through the generated client of clients/java, as the hotline's switchboard system would: it logs
     * in with client credentials and records the intake with an Idempotency-Key (a retry gets the same
     * case back); the commune officer reads the case and finds it in the inbox, and the province's
     * count grows by one.
     */
    @Test
    void aHotlineReportBecomesACaseANotificationAndACount() throws Exception {
        CpsConnection operator = client.hotlineSwitchboard();
        CpsConnection officer = client.connection(client.login("officer.20194"));
        // the provincial supervisor has case access: small counts are not suppressed for them
        StatisticsApi statistics = new StatisticsApi(client.connection(client.login("supervisor.48")).reporting());
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        long before = casesIn48(statistics, today);

        IntakesApi intakes = new IntakesApi(operator.cases());
        IntakeRequest report = new IntakeRequest().channel(Channel.HOTLINE_111).callerRelationship(CallerRelationship.TEACHER)
                .child(new IntakeChild().fullName("Trần Minh Khoa").sex(Sex.MALE).estimatedAge(9))
                .location(new LocationRequest().provinceCode("48").communeCode("20194"))
                .harmTypes(Set.of(HarmType.VIOLENCE)).summary("Giáo viên báo học sinh có nhiều vết thương.");
        String key = "hotline-call-" + UUID.randomUUID();
        ApiResponse<IntakeAccepted> first = intakes.recordIntakeWithHttpInfo(report, key);
        assertThat(first.getStatusCode()).isEqualTo(201);
        ApiResponse<IntakeAccepted> retry = intakes.recordIntakeWithHttpInfo(report, key);
        assertThat(retry.getData().getCaseId()).as("a retry with the same key gets the same case").isEqualTo(first.getData().getCaseId());
        assertThat(retry.getHeaders().get("idempotent-replayed")).containsExactly("true");
        String reference = first.getData().getCaseReference();
        UUID caseId = first.getData().getCaseId();

        InboxApi inbox = new InboxApi(officer.notifications());
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .alias("CASE_OPENED of " + reference + " in officer.20194's inbox")
                .until(() -> inbox.listNotifications(null, 200, false).getItems().stream()
                        .filter(n -> reference.equals(n.getCaseReference())).map(NotificationView::getType).toList(),
                        types -> types.equals(List.of("CASE_OPENED")));
        CaseView opened = new CasesApi(officer.cases()).readCase(caseId, "follow-up of a hotline report");
        assertThat(opened.getReference()).isEqualTo(reference);
        assertThat(opened.getChild().getFullName()).isEqualTo("Trần Minh Khoa");
        // the intake answers with the clock's nanoseconds, the stored case with PostgreSQL's microseconds
        assertThat(opened.getEmergencyDeadline()).isCloseTo(first.getData().getEmergencyDeadline(),
                within(1, ChronoUnit.MILLIS));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .alias("cases of province 48 today to grow by one from " + before)
                .until(() -> casesIn48(statistics, today), n -> n == before + 1);
    }

    /**
     * A teacher reports three siblings in one call: three cases, each with its own deadlines, linked
     * as one incident; the province's count grows by three, children and not calls.
     */
    @Test
    void aReportNamingThreeSiblingsOpensThreeLinkedCasesAndCountsThree() throws Exception {
        CpsConnection operator = client.hotlineSwitchboard();
        CpsConnection officer = client.connection(client.login("officer.20194"));
        StatisticsApi statistics = new StatisticsApi(client.connection(client.login("supervisor.48")).reporting());
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        long before = casesIn48(statistics, today);

        IntakeRequest report = new IntakeRequest().channel(Channel.HOTLINE_111).callerRelationship(CallerRelationship.TEACHER)
                .children(List.of(new IntakeChild().fullName("Hà Thị Lan").sex(Sex.FEMALE).estimatedAge(11),
                        new IntakeChild().fullName("Hà Văn Nam").sex(Sex.MALE).estimatedAge(8),
                        new IntakeChild().fullName("Hà Thị Mơ").sex(Sex.FEMALE).estimatedAge(4)))
                .location(new LocationRequest().provinceCode("48").communeCode("20194"))
                .harmTypes(Set.of(HarmType.NEGLECT)).summary("Ba anh chị em bị bỏ mặc ở nhà nhiều ngày.");
        IntakeAccepted accepted = new IntakesApi(operator.cases()).recordIntake(report, "siblings-" + UUID.randomUUID());
        assertThat(accepted.getCases()).hasSize(3);
        List<UUID> caseIds = accepted.getCases().stream().map(OpenedCase::getCaseId).toList();

        CasesApi cases = new CasesApi(officer.cases());
        assertThat(cases.listRelatedCases(caseIds.get(0)).stream().map(CaseSummary::getId).toList())
                .containsExactlyInAnyOrder(caseIds.get(1), caseIds.get(2));
        assertThat(cases.readCase(caseIds.get(2), "siblings").getChild().getFullName()).isEqualTo("Hà Thị Mơ");
        InboxApi inbox = new InboxApi(officer.notifications());
        Set<String> references = accepted.getCases().stream().map(OpenedCase::getCaseReference)
                .collect(java.util.stream.Collectors.toSet());
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .alias("CASE_OPENED of each of " + references + " in officer.20194's inbox")
                .until(() -> inbox.listNotifications(null, 200, false).getItems().stream()
                        .filter(n -> references.contains(n.getCaseReference()) && "CASE_OPENED".equals(n.getType()))
                        .map(NotificationView::getCaseReference).collect(java.util.stream.Collectors.toSet()),
                        references::equals);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .alias("cases of province 48 today to grow by three from " + before)
                .until(() -> casesIn48(statistics, today), n -> n == before + 3);
    }

    private static long casesIn48(StatisticsApi statistics, LocalDate today) throws Exception {
        TableView table = statistics.caseStatistics(today.minusDays(1).toString(), "province",
                today.plusDays(1).toString(), null, null, null);
        return table.getRows().stream().filter(row -> "48".equals(row.getKey()))
                .mapToLong(row -> row.getCount() == null ? 0 : row.getCount()).sum();
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
