package vn.cps.systemtests;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.cps.client.CpsConnection;
import vn.cps.client.WebhookSignature;
import vn.cps.client.cases.api.IntakesApi;
import vn.cps.client.cases.api.ReferralsApi;
import vn.cps.client.cases.model.CallerRelationship;
import vn.cps.client.cases.model.Channel;
import vn.cps.client.cases.model.HarmType;
import vn.cps.client.cases.model.IntakeAccepted;
import vn.cps.client.cases.model.IntakeChild;
import vn.cps.client.cases.model.IntakeRequest;
import vn.cps.client.cases.model.LocationRequest;
import vn.cps.client.cases.model.ReferralRequest;
import vn.cps.client.cases.model.ReferredCaseView;
import vn.cps.client.cases.model.Sex;
import vn.cps.client.notifications.api.InboxApi;
import vn.cps.client.notifications.api.WebhooksApi;
import vn.cps.client.notifications.model.WebhookRequest;
import vn.cps.client.notifications.model.WebhookView;

/**
 * The police's own system, as a partner would run it: it registers a webhook with its Keycloak client,
 * and when a commune refers a case to the police it receives a signed notification it can verify,
 * carrying the case reference and a link but nothing about the child. It runs on clients/java: the
 * generated API client and the signature verifier partners are given.
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

    @Test
    void aReferralToThePoliceReachesThePoliceSystemSignedAndWithoutTheChildsData() throws Exception {
        // the police system logs in with its client credentials, through clients/java
        CpsConnection police = client.policeSystem();
        WebhooksApi webhooks = new WebhooksApi(police.notifications());
        WebhookView webhook = webhooks.registerWebhook(new WebhookRequest().agencyCode("POLICE-48")
                .url("http://127.0.0.1:" + partner.getAddress().getPort() + "/police48/cps"));
        String secret = webhook.getSecret();
        assertThat(secret).as("the secret is shown once, when the webhook is made").isNotBlank();
        try {
            IntakeAccepted intake = new IntakesApi(client.connection(client.login("operator111")).cases())
                    .recordIntake(new IntakeRequest().channel(Channel.HOTLINE_111).callerRelationship(CallerRelationship.NEIGHBOUR)
                            .child(new IntakeChild().fullName("Lê Thị Hạnh").sex(Sex.FEMALE).estimatedAge(11))
                            .location(new LocationRequest().provinceCode("48").communeCode("20194"))
                            .harmTypes(Set.of(HarmType.VIOLENCE)).summary("Hàng xóm nghe tiếng trẻ khóc và bị đánh."), null);
            UUID caseId = intake.getCaseId();
            String reference = intake.getCaseReference();

            UUID referralId = new ReferralsApi(client.connection(client.login("officer.20194")).cases()).referCase(caseId, new ReferralRequest()
                    .agencyCode("POLICE-48").reason("Cần công an xác minh")
                    .responseDue(OffsetDateTime.now(ZoneOffset.UTC).plusDays(2))).getId();

            Received request = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                    .alias("a webhook delivery about case " + reference + " at the police endpoint")
                    .until(() -> RECEIVED.stream().filter(r -> r.body().contains(reference)).findFirst(), Optional::isPresent)
                    .orElseThrow();
            assertThat(request.header(WebhookSignature.HEADER)).matches("t=[0-9]+,v1=[0-9a-f]{64}");
            assertThat(request.header("X-CPS-Notification-Type")).isEqualTo("REFERRAL_REQUESTED");
            // the verifier partners are given in clients/java, against what the service really sent
            assertThat(WebhookSignature.verify(secret, request.header(WebhookSignature.HEADER), request.body(), Instant.now()))
                    .isEqualTo(WebhookSignature.Verdict.VALID);
            assertThat(WebhookSignature.verify("whsec_not-ours", request.header(WebhookSignature.HEADER), request.body(),
                    Instant.now())).isEqualTo(WebhookSignature.Verdict.MISMATCH);
            assertThat(WebhookSignature.verify(secret, request.header(WebhookSignature.HEADER), request.body(),
                    Instant.now().plus(Duration.ofMinutes(10)))).as("a replay ten minutes later").isEqualTo(WebhookSignature.Verdict.STALE);
            JsonNode body = JSON.readTree(request.body());
            assertThat(body.get("id").asText()).isEqualTo(request.header("X-CPS-Notification-Id"));
            assertThat(body.get("agencyCode").asText()).isEqualTo("POLICE-48");
            assertThat(body.get("link").asText()).endsWith("/api/v1/referrals/" + referralId + "/case");
            assertThat(request.body()).doesNotContain("Lê Thị Hạnh").doesNotContain("Hàng xóm").doesNotContain("NEIGHBOUR");
            // following the link, the police system gets what it needs to act, and no more
            ReferredCaseView referred = new ReferralsApi(police.cases()).readReferredCase(referralId, "xac minh");
            assertThat(referred.getView()).isEqualTo("REFERRED_CASE");
            assertThat(referred.getCaseReference()).isEqualTo(reference);
            assertThat(referred.getChild().getFullName()).isEqualTo("Lê Thị Hạnh");
            assertThat(referred.getChild().getAge()).isEqualTo(11);
            assertThat(referred.getReason()).isEqualTo("Cần công an xác minh");

            // the police liaison officer sees it in the inbox of their agency too
            InboxApi liaisonInbox = new InboxApi(client.connection(client.login("liaison.police48")).notifications());
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                    .alias("the referral of " + reference + " in liaison.police48's inbox")
                    .until(() -> liaisonInbox.listNotifications(null, 200, false).getItems().stream()
                            .anyMatch(n -> reference.equals(n.getCaseReference())));
        } finally {
            webhooks.removeWebhook(webhook.getId());
            assertThat(webhooks.listWebhooks()).extracting(WebhookView::getId).doesNotContain(webhook.getId());
        }
    }
}
