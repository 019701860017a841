package vn.cps.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A sustained mixed load at a bounded arrival rate (open model): hotline intakes, case lists and
 * inbox reads by the commune, statistics by the province. Real Keycloak tokens. Parameters are
 * system properties: cps.base (port base of the stack), cps.password (demo password),
 * cps.rate (requests per second, default 20), cps.minutes (default 10).
 */
public class MixedLoadSimulation extends Simulation {

    private static final int BASE = Integer.getInteger("cps.base", 18200);
    private static final double RATE = Double.parseDouble(System.getProperty("cps.rate", "20"));
    private static final long MINUTES = Long.getLong("cps.minutes", 10);
    private static final String PASSWORD = System.getProperty("cps.password", "");
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private final String operator = Tokens.of(BASE, PASSWORD, "operator111");
    private final String officer = Tokens.of(BASE, PASSWORD, "officer.20194");
    private final String supervisor = Tokens.of(BASE, PASSWORD, "supervisor.48");

    private final HttpProtocolBuilder protocol = http.acceptHeader("application/json")
            .contentTypeHeader("application/json").shareConnections();

    private String service(int offset) {
        return "http://127.0.0.1:" + (BASE + offset);
    }

    private final ScenarioBuilder mixed = scenario("mixed").exec(randomSwitch().on(
            new io.gatling.javaapi.core.Choice.WithWeight(40.0, io.gatling.javaapi.core.CoreDsl.exec(
                    http("intake").post(service(81) + "/api/v1/intakes")
                            .header("Authorization", "Bearer " + operator)
                            .body(StringBody(session -> IntakeRateSimulation.intake(SEQUENCE.incrementAndGet())))
                            .check(status().is(201)))),
            new io.gatling.javaapi.core.Choice.WithWeight(25.0, io.gatling.javaapi.core.CoreDsl.exec(
                    http("case list").get(service(81) + "/api/v1/cases?limit=20")
                            .header("Authorization", "Bearer " + officer)
                            .check(status().is(200)))),
            new io.gatling.javaapi.core.Choice.WithWeight(20.0, io.gatling.javaapi.core.CoreDsl.exec(
                    http("statistics").get(service(83) + "/api/v1/statistics/cases?groupBy=province&from="
                                    + LocalDate.now().minusDays(30) + "&to=" + LocalDate.now().plusDays(1))
                            .header("Authorization", "Bearer " + supervisor)
                            .check(status().is(200)))),
            new io.gatling.javaapi.core.Choice.WithWeight(15.0, io.gatling.javaapi.core.CoreDsl.exec(
                    http("inbox").get(service(84) + "/api/v1/notifications?limit=20")
                            .header("Authorization", "Bearer " + officer)
                            .check(status().is(200))))));

    {
        setUp(mixed.injectOpen(constantUsersPerSec(RATE).during(Duration.ofMinutes(MINUTES))))
                .protocols(protocol)
                .assertions(global().failedRequests().percent().lt(1.0));
    }
}
