package vn.cps.cases;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cps.testkit.TestTokens;

/** Hotline reports as the tests file them: the operator's token, a report of harm, and the call that files it. */
final class IntakeFixtures {

    static final String OPERATOR = TestTokens.user("op-111").roles("hotline-operator").jurisdiction("VN").bearer();
    static final String COMMUNE_WORKER = TestTokens.user("cw-20194").roles("case-worker").jurisdiction("20194").bearer();

    private IntakeFixtures() {
    }

    /** A neighbour's report to hotline 111, ten minutes ago, of a girl beaten and neglected in the commune. */
    static Map<String, Object> report(String childName, String province, String commune) {
        return Map.of(
                "channel", "HOTLINE_111",
                "receivedAt", Instant.now().minus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS).toString(),
                "callerRelationship", "NEIGHBOUR",
                "child", Map.of("fullName", childName, "sex", "FEMALE", "birthDate", "2016-04-02"),
                "location", Map.of("provinceCode", province, "communeCode", commune),
                "harmTypes", List.of("VIOLENCE", "NEGLECT"),
                "summary", "Hàng xóm báo trẻ bị đánh nhiều lần, có vết bầm trên tay.");
    }

    /**
     * One sample of the Prometheus scrape at {@code /q/metrics}, as ops and load-tests/benchmark.sh read
     * it: the series {@code name} whose labels hold {@code label} (e.g. {@code result="checked"}; empty
     * for a series without labels). An exemplar ({@code # {span_id=…}}) may follow the value.
     */
    static double metric(String name, String label) {
        String scrape = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        String labels = label.isEmpty() ? "" : "\\{[^}]*" + Pattern.quote(label) + "[^}]*}";
        Matcher sample = Pattern.compile("^" + Pattern.quote(name) + labels + " (\\S+)", Pattern.MULTILINE).matcher(scrape);
        if (!sample.find()) {
            throw new AssertionError(name + (label.isEmpty() ? "" : "{" + label + "}") + " is not in /q/metrics");
        }
        return Double.parseDouble(sample.group(1));
    }

    static Response postIntake(String bearer, Object body) {
        return given().header("Authorization", bearer).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/intakes");
    }
}
