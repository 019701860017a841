package vn.cps.systemtests;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The police's own system, as a partner would run it: it registers a webhook with its Keycloak client,
 * and when a commune refers a case to the police it receives a signed notification it can verify,
 * carrying the case reference and a link but nothing about the child.
 */
class PartnerWebhookScenarioTest {

    private static final ObjectMapper JSON = StackClient.JSON;

    /** One request the partner endpoint received. */
    private record Received(Map<String, List<String>> headers, String body) {

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();
    private static LocalStack stack;
    private static StackClient client;
    private static HttpServer partner;

    @BeforeAll
    static void start() throws Exception {
        stack = LocalStack.get();
        client = new StackClient(stack);
        partner = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        partner.createContext("/police48/cps", exchange -> {
            RECEIVED.add(new Received(Map.copyOf(exchange.getRequestHeaders()),
                    new String(exchange.getRequestBody().readAllBytes(), UTF_8)));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        partner.start();
    }

    @AfterAll
    static void stop() {
        if (partner != null) {
            partner.stop(0);
        }
    }

    /** What the partner does with each request: recompute the HMAC of "t.body" and compare in constant time. */
    private static boolean signedWith(String secret, Received request) throws Exception {
        Map<String, String> parts = java.util.Arrays.stream(request.header("X-CPS-Signature").split(","))
                .map(p -> p.split("=", 2)).collect(Collectors.toMap(p -> p[0], p -> p[1]));
        long t = Long.parseLong(parts.get("t"));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(UTF_8), "HmacSHA256"));
        String expected = HexFormat.of().formatHex(mac.doFinal((t + "." + request.body()).getBytes(UTF_8)));
        return Math.abs(Instant.now().getEpochSecond() - t) < 300
                && MessageDigest.isEqual(expected.getBytes(UTF_8), parts.get("v1").getBytes(UTF_8));
    }

    @Test
    void aReferralToThePoliceReachesThePoliceSystemSignedAndWithoutTheChildsData() throws Exception {
        String police = client.partnerToken();
        HttpResponse<String> registered = client.call("POST", stack.service("notification") + "/api/v1/webhooks", police,
                JSON.writeValueAsString(Map.of("agencyCode", "POLICE-48",
                        "url", "http://127.0.0.1:" + partner.getAddress().getPort() + "/police48/cps")));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        JsonNode webhook = JSON.readTree(registered.body());
        String secret = webhook.get("secret").asText();
        try {
            String report = """
                    {"channel": "HOTLINE_111", "callerRelationship": "NEIGHBOUR",
                     "child": {"fullName": "Lê Thị Hạnh", "sex": "FEMALE", "estimatedAge": 11},
                     "location": {"provinceCode": "48", "communeCode": "20194"},
                     "harmTypes": ["VIOLENCE"], "summary": "Hàng xóm nghe tiếng trẻ khóc và bị đánh."}""";
            HttpResponse<String> intake = client.call("POST", stack.service("case") + "/api/v1/intakes", client.login("operator111"),
                    report);
            assertThat(intake.statusCode()).as(intake.body()).isEqualTo(201);
            String caseId = JSON.readTree(intake.body()).get("caseId").asText();
            String reference = JSON.readTree(intake.body()).get("caseReference").asText();

            HttpResponse<String> referral = client.call("POST", stack.service("case") + "/api/v1/cases/" + caseId + "/referrals",
                    client.login("officer.20194"), JSON.writeValueAsString(Map.of("agencyCode", "POLICE-48",
                            "reason", "Cần công an xác minh", "responseDue",
                            Instant.now().plus(Duration.ofDays(2)).toString())));
            assertThat(referral.statusCode()).as(referral.body()).isEqualTo(201);

            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> RECEIVED.stream()
                    .anyMatch(r -> r.body().contains(reference)));
            Received request = RECEIVED.stream().filter(r -> r.body().contains(reference)).findFirst().orElseThrow();
            assertThat(request.header("X-CPS-Notification-Type")).isEqualTo("REFERRAL_REQUESTED");
            assertThat(signedWith(secret, request)).as("the signature verifies with the secret").isTrue();
            assertThat(signedWith("whsec_not-ours", request)).isFalse();
            JsonNode body = JSON.readTree(request.body());
            assertThat(body.get("id").asText()).isEqualTo(request.header("X-CPS-Notification-Id"));
            assertThat(body.get("agencyCode").asText()).isEqualTo("POLICE-48");
            assertThat(body.get("link").asText()).endsWith("/api/v1/cases/" + caseId);
            assertThat(request.body()).doesNotContain("Lê Thị Hạnh").doesNotContain("Hàng xóm").doesNotContain("NEIGHBOUR");

            // the police liaison officer sees it in the inbox of their agency too
            String liaison = client.login("liaison.police48");
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> client.call("GET",
                    stack.service("notification") + "/api/v1/notifications?limit=200", liaison, null).body()
                    .contains(reference));
        } finally {
            assertThat(client.call("DELETE", stack.service("notification") + "/api/v1/webhooks/" + webhook.get("id").asText(),
                    police, null).statusCode()).isEqualTo(204);
        }
    }
}
