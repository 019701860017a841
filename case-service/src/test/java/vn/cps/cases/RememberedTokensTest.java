package vn.cps.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.cps.cases.IntakeFixtures.OPERATOR;
import static vn.cps.cases.IntakeFixtures.metric;
import static vn.cps.cases.IntakeFixtures.postIntake;
import static vn.cps.cases.IntakeFixtures.report;
import static vn.cps.testkit.ProblemAssertions.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.cps.testkit.TestTokens;

/**
 * Bearer tokens verified once and then remembered (platform VerifiedTokenIdentityProvider): each
 * token keeps its own caller, and a token altered after it was remembered is checked and refused.
 * The user names are this class's own, so no other test has already sent the same token.
 */
@QuarkusTest
class RememberedTokensTest {

    @Test
    void aTokenIsVerifiedOnceAndThenAnsweredFromMemory() {
        String supervisor = TestTokens.user("remembered-sup-48").roles("case-supervisor").jurisdiction("48").bearer();
        double checked = counter("checked");
        double remembered = counter("remembered");

        for (int i = 0; i < 3; i++) {
            assertProblem(given().header("Authorization", supervisor).when()
                    .get("/api/v1/cases/" + UUID.randomUUID()).then(), 404);
        }

        assertThat(counter("checked") - checked).as("tokens verified by OIDC").isEqualTo(1);
        assertThat(counter("remembered") - remembered).as("requests answered from memory").isEqualTo(2);
    }

    @Test
    void eachTokenKeepsItsOwnCaller() {
        String caseId = postIntake(OPERATOR, report("Lê Thị Nhớ", "48", "20194")).then().statusCode(201)
                .extract().path("caseId");
        String sameProvince = TestTokens.user("remembered-sup-48b").roles("case-supervisor").jurisdiction("48").bearer();
        String otherProvince = TestTokens.user("remembered-sup-79").roles("case-supervisor").jurisdiction("79").bearer();
        String analyst = TestTokens.user("remembered-analyst").roles("analyst").jurisdiction("VN").bearer();

        for (int round = 0; round < 3; round++) {
            given().header("Authorization", sameProvince).when().get("/api/v1/cases/" + caseId).then().statusCode(200);
            assertProblem(given().header("Authorization", otherProvince).when().get("/api/v1/cases/" + caseId).then(), 404);
            assertProblem(given().header("Authorization", analyst).when().get("/api/v1/cases/" + caseId).then(), 403);
        }
    }

    @Test
    void aTokenAlteredAfterItWasRememberedIsRefused() {
        String bearer = TestTokens.user("remembered-sup-48c").roles("case-supervisor").jurisdiction("48").bearer();
        String path = "/api/v1/cases/" + UUID.randomUUID();
        assertProblem(given().header("Authorization", bearer).when().get(path).then(), 404);

        // one character inside the signature, not its last (whose low bits base64url may ignore)
        int at = bearer.lastIndexOf('.') + 10;
        char changed = bearer.charAt(at) == 'A' ? 'B' : 'A';
        String forged = bearer.substring(0, at) + changed + bearer.substring(at + 1);
        // the payload changed to a wider jurisdiction, the signature kept
        String[] parts = bearer.substring("Bearer ".length()).split("\\.");
        String widened = "Bearer " + parts[0] + "." + TestTokens.user("remembered-sup-48c").roles("case-supervisor")
                .jurisdiction("VN").token().split("\\.")[1] + "." + parts[2];

        for (String altered : List.of(forged, widened)) {
            assertProblem(given().header("Authorization", altered).when().get(path).then(), 401);
        }
        assertProblem(given().header("Authorization", bearer).when().get(path).then(), 404);
    }

    private static double counter(String result) {
        return metric("cps_security_verified_tokens_total", "result=\"" + result + "\"");
    }
}
