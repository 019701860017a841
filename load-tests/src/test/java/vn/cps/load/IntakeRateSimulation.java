package vn.cps.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * Hotline intakes at one constant arrival rate (open model: a late answer does not delay the next
 * request, so coordinated omission hides nothing). System properties: cps.base, cps.password,
 * cps.rate (intakes per second), cps.seconds, cps.operators (how many operators' sessions send the
 * intakes, each with its own token, in turn). benchmark.sh runs it at increasing rates.
 */
public class IntakeRateSimulation extends Simulation {

    private static final int BASE = Integer.getInteger("cps.base", 18200);
    private static final double RATE = Double.parseDouble(System.getProperty("cps.rate", "10"));
    private static final long SECONDS = Long.getLong("cps.seconds", 30);
    private static final AtomicLong SEQUENCE = new AtomicLong();

    // A hotline shift has many operators, each with a token of their own: a service that remembers
    // verified tokens must not be measured as if one token made every call.
    private final List<String> operators = IntStream.range(0, Integer.getInteger("cps.operators", 20))
            .mapToObj(i -> Tokens.of(BASE, System.getProperty("cps.password", ""), "operator111")).toList();

    private final ScenarioBuilder intakes = scenario("intakes")
            .exec(session -> session.set("n", (int) SEQUENCE.incrementAndGet()))
            .exec(http("intake").post("http://127.0.0.1:" + (BASE + 81) + "/api/v1/intakes")
                    .header("Authorization", session -> "Bearer " + operators.get(session.getInt("n") % operators.size()))
                    .header("Content-Type", "application/json")
                    .body(StringBody(session -> intake(session.getInt("n"))))
                    .check(status().is(201)));

    static String intake(long n) {
        return """
                {"channel": "HOTLINE_111", "callerRelationship": "NEIGHBOUR",
                 "child": {"fullName": "Đo Tải %d", "sex": "%s", "estimatedAge": %d},
                 "location": {"provinceCode": "48", "communeCode": "%s"},
                 "harmTypes": ["VIOLENCE"], "summary": "Đo tải: báo cáo số %d."}"""
                .formatted(n, n % 2 == 0 ? "FEMALE" : "MALE", n % 16, n % 3 == 0 ? "20200" : "20194", n);
    }

    {
        setUp(intakes.injectOpen(constantUsersPerSec(RATE).during(Duration.ofSeconds(SECONDS))))
                .protocols(http.shareConnections());
    }
}
