package vn.cps.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static vn.cps.testkit.ProblemAssertions.assertProblem;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.cps.events.EventTypes;
import vn.cps.notification.domain.WebhookSignature;
import vn.cps.platform.sealing.Sealing;
import vn.cps.testkit.TestTokens;

/** Webhook secrets are sealed at rest, survive a key rotation, and still sign what is delivered. */
@QuarkusTest
class SealedWebhookSecretTest {

    private static final String ADMIN = TestTokens.user("admin-keys").roles("admin").jurisdiction("VN").bearer();

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Sealing sealing;

    @Test
    void theSecretIsSealedInTheTableAndSignsDeliveriesBeforeAndAfterARotation() throws Exception {
        String agency = Events.newAgency("POLICE");
        String partner = TestTokens.user("client-" + agency).roles("partner-system").agency(agency).bearer();
        JsonPath created = given().header("Authorization", partner).contentType(ContentType.JSON)
                .body(Map.of("agencyCode", agency, "url", PartnerEndpoint.url("/hooks/" + agency)))
                .when().post("/api/v1/webhooks").then().statusCode(201).extract().jsonPath();
        String id = created.getString("id");
        String secret = created.getString("secret");

        String stored = storedSecrets().get(id);
        assertThat(stored).startsWith("sealed:v1:" + sealing.activeKey() + ":").doesNotContain(secret)
                .doesNotContain(secret.substring("whsec_".length()));

        // every secret as if sealed under last year's key
        Map<String, String> before = storedSecrets();
        try (Connection c = dataSource.getConnection();
                PreparedStatement update = c.prepareStatement("UPDATE webhook SET secret = ? WHERE id = ?")) {
            for (Map.Entry<String, String> row : before.entrySet()) {
                update.setString(1, sealing.sealUnder("test-2025", sealing.open(row.getValue())));
                update.setObject(2, UUID.fromString(row.getKey()));
                update.addBatch();
            }
            update.executeBatch();
        }
        assertThat(storedSecrets().values()).allMatch(v -> v.startsWith("sealed:v1:test-2025:"));

        assertProblem(given().header("Authorization", partner).when().post("/api/v1/admin/keys/rotation").then(), 403);
        given().header("Authorization", ADMIN).when().post("/api/v1/admin/keys/rotation").then().statusCode(200)
                .body("activeKey", equalTo("test-2026")).body("tables[0].table", equalTo("webhook"))
                .body("tables[0].resealed", equalTo(before.size())).body("tables[0].unreadable", equalTo(0));

        Map<String, String> after = storedSecrets();
        assertThat(after.keySet()).isEqualTo(before.keySet());
        for (Map.Entry<String, String> row : after.entrySet()) {
            assertThat(row.getValue()).startsWith("sealed:v1:test-2026:");
            assertThat(sealing.open(row.getValue())).as("secret of webhook %s", row.getKey())
                    .isEqualTo(sealing.open(before.get(row.getKey())));
        }

        // what is delivered after the rotation is still signed with the secret the partner holds
        Events.Case c = Events.Case.in("48", Events.newCommune());
        Events.caseEvent(c, EventTypes.CASE_REFERRAL_REQUESTED_V1, Events.referral(c, agency, "REQUESTED"));
        PartnerEndpoint.Received request = await("the referral of " + c.reference() + " delivered to /hooks/" + agency)
                .atMost(Duration.ofSeconds(30)).until(() -> PartnerEndpoint.received("/hooks/" + agency).stream()
                        .filter(r -> r.body().contains(c.reference())).findFirst(), Optional::isPresent).get();
        assertThat(WebhookSignature.verify(secret, request.header("X-CPS-Signature"), request.body(), Instant.now(),
                Duration.ofMinutes(5))).as("signature with the secret issued before the rotation").isTrue();
    }

    private Map<String, String> storedSecrets() throws SQLException {
        Map<String, String> secrets = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement read = c.prepareStatement("SELECT id, secret FROM webhook ORDER BY id");
                ResultSet rs = read.executeQuery()) {
            while (rs.next()) {
                secrets.put(rs.getString(1), rs.getString(2));
            }
        }
        return secrets;
    }

}
