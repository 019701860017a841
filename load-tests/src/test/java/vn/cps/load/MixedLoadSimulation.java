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
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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

    private static String token(String user) {
        String realm = "http://127.0.0.1:" + (BASE + 80) + "/realms/child-protection/protocol/openid-connect/token";
        String form = Map.of("grant_type", "password", "client_id", "cps-api-client", "username", user, "password", PASSWORD)
                .entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(realm))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            Matcher token = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(answer.body());
            if (answer.statusCode() != 200 || !token.find()) {
                throw new IllegalStateException("no token for " + user + ": " + answer.statusCode());
            }
            return token.group(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private final String operator = token("operator111");
    private final String officer = token("officer.20194");
    private final String supervisor = token("supervisor.48");

    private final HttpProtocolBuilder protocol = http.acceptHeader("application/json")
            .contentTypeHeader("application/json").shareConnections();

    private String service(int offset) {
        return "http://127.0.0.1:" + (BASE + offset);
    }

    private final ScenarioBuilder mixed = scenario("mixed").exec(randomSwitch().on(
            new io.gatling.javaapi.core.Choice.WithWeight(40.0, io.gatling.javaapi.core.CoreDsl.exec(
                    http("intake").post(service(81) + "/api/v1/intakes")
                            .header("Authorization", "Bearer " + operator)
                            .body(StringBody(session -> intake()))
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

    private static String intake() {
        long n = SEQUENCE.incrementAndGet();
        return """
                {"channel": "HOTLINE_111", "callerRelationship": "NEIGHBOUR",
                 "child": {"fullName": "Tải Thử %d", "sex": "%s", "estimatedAge": %d},
                 "location": {"provinceCode": "48", "communeCode": "%s"},
                 "harmTypes": ["VIOLENCE"], "summary": "Tải thử: báo cáo số %d."}"""
                .formatted(n, n % 2 == 0 ? "FEMALE" : "MALE", n % 16, n % 3 == 0 ? "20200" : "20194", n);
    }

    {
        setUp(mixed.injectOpen(constantUsersPerSec(RATE).during(Duration.ofMinutes(MINUTES))))
                .protocols(protocol)
                .assertions(global().failedRequests().percent().lt(1.0));
    }
}
