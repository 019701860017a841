package vn.cps.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import vn.cps.client.ClientCredentials;
import vn.cps.client.CpsConnection;

/** HTTP calls to the stack with real Keycloak tokens, as an API client makes them. */
final class StackClient {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final ObjectMapper JSON = new ObjectMapper();

    /** One demo user of the realm per role (null: police 48's own system, client credentials). */
    static final Map<String, String> USER_OF_ROLE;

    static {
        Map<String, String> users = new java.util.LinkedHashMap<>();
        users.put("hotline-operator", "operator111");
        users.put("case-worker", "officer.20194");
        users.put("case-approver", "approver.20194");
        users.put("case-supervisor", "supervisor.48");
        users.put("agency-liaison", "liaison.police48");
        users.put("plan-manager", "planner.48");
        users.put("plan-contributor", "contributor.48");
        users.put("analyst", "analyst");
        users.put("auditor", "auditor");
        users.put("admin", "admin");
        users.put("partner-system", null);
        USER_OF_ROLE = java.util.Collections.unmodifiableMap(users);
    }

    private final LocalStack stack;
    private final Map<String, String> tokenOfRole = new HashMap<>();

    StackClient(LocalStack stack) {
        this.stack = stack;
    }

    /**
     * A token of the role's demo user, fetched once per client. Logins go one at a time: concurrent
     * logins of one user count as failures for Keycloak's brute-force guard.
     */
    synchronized String tokenOf(String role) throws Exception {
        if (!USER_OF_ROLE.containsKey(role)) {
            throw new IllegalArgumentException("no demo user for role " + role);
        }
        String token = tokenOfRole.get(role);
        if (token == null) {
            String user = USER_OF_ROLE.get(role);
            token = user == null ? partnerToken() : login(user);
            tokenOfRole.put(role, token);
        }
        return token;
    }

    HttpResponse<String> tokenRequest(Map<String, String> form) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return HTTP.send(HttpRequest.newBuilder(URI.create(stack.realm + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    String login(String user) throws Exception {
        return login(user, "cps-api-client");
    }

    String login(String user, String client) throws Exception {
        HttpResponse<String> answer = tokenRequest(Map.of("grant_type", "password", "client_id", client,
                "username", user, "password", stack.demoPassword));
        assertThat(answer.statusCode()).as("login of %s: %s", user, answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body()).get("access_token").asText();
    }

    /** A token of police 48's own system (client credentials, role partner-system, agency POLICE-48). */
    String partnerToken() throws Exception {
        HttpResponse<String> answer = tokenRequest(Map.of("grant_type", "client_credentials",
                "client_id", "cps-partner-police48", "client_secret", stack.partnerSecret));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body()).get("access_token").asText();
    }

    HttpResponse<String> call(String method, String url, String token, String body) throws Exception {
        return call(method, url, token, body, null);
    }

    /** The generated clients of clients/java, calling the stack with the user's token. */
    CpsConnection connection(String token) {
        return connection(() -> "Bearer " + token);
    }

    private CpsConnection connection(java.util.function.Supplier<String> authorization) {
        return new CpsConnection(new CpsConnection.BaseUris(stack.service("case"), stack.service("plan"),
                stack.service("reporting"), stack.service("notification")), authorization);
    }

    /** Police 48's own system, logging in as an integrator would: clients/java's client-credentials login. */
    CpsConnection policeSystem() {
        return connection(new ClientCredentials(URI.create(stack.realm + "/protocol/openid-connect/token"),
                "cps-partner-police48", stack.partnerSecret));
    }

    /** The hotline 111 switchboard's system (client credentials, role hotline-operator, jurisdiction VN). */
    CpsConnection hotlineSwitchboard() {
        return connection(new ClientCredentials(URI.create(stack.realm + "/protocol/openid-connect/token"),
                "cps-hotline-111", stack.hotlineSecret));
    }

    /** Refers the case to police 48 with two days to answer, as the token's user; the referral's id. */
    String referToPolice48(String token, String caseId) throws Exception {
        HttpResponse<String> referral = call("POST", stack.service("case") + "/api/v1/cases/" + caseId + "/referrals", token,
                JSON.writeValueAsString(Map.of("agencyCode", "POLICE-48", "reason", "Cần công an xác minh",
                        "responseDue", java.time.Instant.now().plus(Duration.ofDays(2)).toString())));
        assertThat(referral.statusCode()).as(referral.body()).isEqualTo(201);
        return JSON.readTree(referral.body()).get("id").asText();
    }

    /** A call guarded by the resource's version, as every change of a case is. */
    HttpResponse<String> call(String method, String url, String token, String body, String ifMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(15));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
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

    /** How many inbox entries of the type about the plan the user has (first 200 entries). */
    long planNotifications(String token, String planId, String type) throws Exception {
        HttpResponse<String> answer = call("GET", stack.service("notification") + "/api/v1/notifications?limit=200",
                token, null);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        long n = 0;
        for (JsonNode item : JSON.readTree(answer.body()).get("items")) {
            if (item.get("type").asText().equals(type) && planId.equals(item.path("planId").asText())) {
                n++;
            }
        }
        return n;
    }

    /** A hotline report of harm in a commune of province 48; it opens a case. */
    HttpResponse<String> report(String operator, String commune, Seeded person) throws Exception {
        String report = """
                {"channel": "HOTLINE_111", "callerRelationship": "NEIGHBOUR",
                 "reporter": {"name": "%s", "phone": "%s", "address": "%s"},
                 "child": {"fullName": "%s", "sex": "FEMALE", "estimatedAge": 11, "personalId": "%s"},
                 "location": {"provinceCode": "48", "communeCode": "%s"},
                 "harmTypes": ["VIOLENCE"], "summary": "Hàng xóm nghe tiếng trẻ khóc và đánh đập nhiều đêm."}"""
                .formatted(person.reporterName(), person.phone(), person.address(), person.childName(),
                        person.personalId(), commune);
        return call("POST", stack.service("case") + "/api/v1/intakes", operator, report);
    }

    /** CASE_OPENED entries in a person's inbox, per case reference (every page). */
    Map<String, Integer> caseOpenedNotifications(String token) throws Exception {
        Map<String, Integer> counts = new HashMap<>();
        String cursor = null;
        do {
            HttpResponse<String> answer = call("GET", stack.service("notification") + "/api/v1/notifications?limit=200"
                    + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8)), token, null);
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            JsonNode page = JSON.readTree(answer.body());
            for (JsonNode item : page.get("items")) {
                if (item.get("type").asText().equals("CASE_OPENED")) {
                    counts.merge(item.get("caseReference").asText(), 1, Integer::sum);
                }
            }
            cursor = page.path("nextCursor").isTextual() ? page.get("nextCursor").asText() : null;
        } while (cursor != null);
        return counts;
    }

    /** Cases opened in province 48 around today, as the provincial supervisor counts them (no suppression). */
    long casesIn48Today(String supervisor) throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        HttpResponse<String> answer = call("GET", stack.service("reporting") + "/api/v1/statistics/cases?from="
                + today.minusDays(1) + "&to=" + today.plusDays(1) + "&groupBy=province", supervisor, null);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        for (JsonNode row : JSON.readTree(answer.body()).get("rows")) {
            if (row.get("key").asText().equals("48")) {
                return row.get("count").asLong();
            }
        }
        return 0;
    }

    /** Personal data the tests put into the system, so that the privacy scan can look for it afterwards. */
    record Seeded(String reporterName, String phone, String address, String childName, String personalId) {
        static Seeded number(int n) {
            return new Seeded("Phạm Thị Hồng Nhung " + n, "+84 905 %03d %03d".formatted(n / 1000, n % 1000),
                    "%d Đường Lê Duẩn, Hải Châu".formatted(100 + n), "Nguyễn Ngọc Ánh " + n,
                    "%012d".formatted(48_200_000_000L + n));
        }
    }
}
