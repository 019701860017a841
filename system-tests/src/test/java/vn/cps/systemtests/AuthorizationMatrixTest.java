package vn.cps.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the four OpenAPI documents × every role × no token × an expired token, and
 * for the case records: in scope × out of scope. The expected roles per operation are
 * {@code authorization-matrix.csv}; the documents must agree with it, so no endpoint is forgotten.
 */
class AuthorizationMatrixTest {

    /** Allowed calls that would act on the whole system rather than answer; their refusals are still checked. */
    private static final Set<String> NOT_CALLED_WHEN_ALLOWED = Set.of("POST /api/v1/admin/read-models/replay");

    private static LocalStack stack;
    private static StackClient client;

    @BeforeAll
    static void tokens() throws Exception {
        stack = LocalStack.get();
        client = new StackClient(stack);
        // every role logged in before the first call, and before the expired-token wait
        for (String role : StackClient.USER_OF_ROLE.keySet()) {
            client.tokenOf(role);
        }
    }


    record Operation(String service, String method, String path, Set<String> roles) {
        String key() {
            return service + " " + method + " " + path;
        }
    }

    @Test
    void every_operation_answers_every_role_as_the_table_says() throws Exception {
        List<Operation> table = table();
        Map<String, Operation> documented = documented();
        Map<String, Operation> expected = new TreeMap<>();
        table.forEach(operation -> expected.put(operation.key(), operation));
        assertThat(documented.keySet()).as("operations in the OpenAPI documents and in the table").isEqualTo(expected.keySet());
        documented.forEach((key, operation) ->
                assertThat(operation.roles()).as("roles of " + key).isEqualTo(expected.get(key).roles()));

        String expired = expiredToken();
        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (Operation operation : table) {
            String url = stack.service(operation.service().replace("-service", "")) + concrete(operation);
            String body = operation.method().equals("GET") || operation.method().equals("DELETE") ? null : "{}";
            for (String role : StackClient.USER_OF_ROLE.keySet()) {
                boolean allowed = operation.roles().contains(role);
                if (allowed && NOT_CALLED_WHEN_ALLOWED.contains(operation.method() + " " + operation.path())) {
                    continue;
                }
                HttpResponse<String> answer = client.call(operation.method(), url, client.tokenOf(role), body);
                cells++;
                int status = answer.statusCode();
                boolean ok = allowed ? status != 401 && status != 403 && status < 500 : status == 403 && problem(answer);
                if (!ok) {
                    wrong.add(operation.key() + " as " + role + ": " + status + " " + answer.body());
                }
            }
            for (String token : new String[] {null, expired}) {
                HttpResponse<String> answer = client.call(operation.method(), url, token, body);
                cells++;
                if (answer.statusCode() != 401 || !problem(answer)) {
                    wrong.add(operation.key() + (token == null ? " without a token: " : " with an expired token: ")
                            + answer.statusCode());
                }
            }
        }
        System.out.printf("authorization matrix: %d operations, %d cells checked%n", table.size(), cells);
        assertThat(wrong).isEmpty();
        assertThat(cells).isGreaterThan(1000);
    }

    @Test
    void a_case_is_visible_in_scope_and_answers_404_out_of_scope_on_every_case_read() throws Exception {
        String created = client.report(client.tokenOf("hotline-operator"), "20194", StackClient.Seeded.number(1))
                .body();
        String caseId = StackClient.JSON.readTree(created).get("caseId").asText();
        Map<String, String> outOfScope = Map.of(
                "case-worker", client.login("officer.20200"),
                "case-approver", client.login("approver.20200"),
                "case-supervisor", client.login("supervisor.01"),
                "agency-liaison", client.login("liaison.police01"));

        List<Operation> reads = table().stream()
                .filter(o -> o.method().equals("GET") && o.path().startsWith("/api/v1/cases/{id}"))
                .toList();
        assertThat(reads).hasSizeGreaterThan(5);
        List<String> wrong = new ArrayList<>();
        int cells = 0;

        // before any referral: agencies see nothing of the case
        for (Operation read : reads) {
            String url = stack.service("case") + read.path().replace("{id}", caseId);
            for (String role : read.roles()) {
                boolean agency = role.equals("agency-liaison") || role.equals("partner-system");
                int inScope = client.call("GET", url, client.tokenOf(role), null).statusCode();
                cells++;
                if (inScope != (agency ? 404 : 200)) {
                    wrong.add(read.path() + " as " + role + " (in jurisdiction): " + inScope);
                }
                if (outOfScope.containsKey(role)) {
                    int out = client.call("GET", url, outOfScope.get(role), null).statusCode();
                    cells++;
                    if (out != 404) {
                        wrong.add(read.path() + " as " + role + " out of scope: " + out);
                    }
                }
            }
        }
        // referred to POLICE-48: its liaison and its system see the referral's view, never the case itself;
        // another province's police see neither; the view closes when the referral is declined, withdrawn or done
        String caseUrl = stack.service("case") + "/api/v1/cases/" + caseId;
        String liaison = client.tokenOf("agency-liaison");
        String worker = client.tokenOf("case-worker");
        Map<String, java.util.function.Function<String, Integer>> ending = new java.util.LinkedHashMap<>();
        ending.put("declined", id -> agencyStep(id, "decline", liaison, Map.of("reason", "Không thuộc thẩm quyền")));
        ending.put("withdrawn", id -> agencyStep(id, "withdrawal", worker, Map.of("reason", "Không cần nữa")));
        ending.put("completed", id -> {
            int accepted = agencyStep(id, "acceptance", liaison, Map.of());
            return accepted != 200 ? accepted : agencyStep(id, "completion", liaison, Map.of("outcome", "Đã xác minh"));
        });
        for (Map.Entry<String, java.util.function.Function<String, Integer>> end : ending.entrySet()) {
            String referralId = client.referToPolice48(worker, caseId);
            String viewUrl = stack.service("case") + "/api/v1/referrals/" + referralId + "/case";
            for (String role : List.of("agency-liaison", "partner-system")) {
                cells += 2;
                int whole = client.call("GET", caseUrl, client.tokenOf(role), null).statusCode();
                if (whole != 403) {
                    wrong.add("the whole referred case as " + role + ": " + whole + " (not 403)");
                }
                int view = client.call("GET", viewUrl, client.tokenOf(role), null).statusCode();
                if (view != 200) {
                    wrong.add("the referral's view as " + role + " while open: " + view);
                }
            }
            cells++;
            if (client.call("GET", viewUrl, outOfScope.get("agency-liaison"), null).statusCode() != 404) {
                wrong.add("the referral's view as the police of another province: not 404");
            }
            cells++;
            if (client.call("GET", viewUrl, outOfScope.get("case-worker"), null).statusCode() != 404) {
                wrong.add("the referral's view as a case worker of another commune: not 404");
            }
            int ended = end.getValue().apply(referralId);
            assertThat(ended).as("referral " + end.getKey()).isEqualTo(200);
            for (String role : List.of("agency-liaison", "partner-system")) {
                cells++;
                int view = client.call("GET", viewUrl, client.tokenOf(role), null).statusCode();
                if (view != 404) {
                    wrong.add("the referral's view as " + role + " once " + end.getKey() + ": " + view + " (not 404)");
                }
            }
            cells++;
            if (client.call("GET", viewUrl, client.tokenOf("case-worker"), null).statusCode() != 200) {
                wrong.add("the referral's view as the case's own worker once " + end.getKey() + ": not 200");
            }
        }
        System.out.printf("authorization scope: %d cells checked%n", cells);
        assertThat(wrong).isEmpty();
    }

    /** A step on a referral with its current ETag; the status of the answer. */
    private static int agencyStep(String referralId, String step, String token, Map<String, Object> body) {
        try {
            String url = stack.service("case") + "/api/v1/referrals/" + referralId;
            String etag = client.call("GET", url, token, null).headers().firstValue("ETag").orElseThrow();
            HttpResponse<String> answer = client.call("POST", url + "/" + step, token,
                    StackClient.JSON.writeValueAsString(body), etag);
            return answer.statusCode();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A real token of the realm that has expired: the cps-short-lived client issues 5-second tokens. */
    private static String expiredToken() throws Exception {
        String token = client.login("admin", "cps-short-lived");
        long exp = StackClient.JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1])).get("exp").asLong();
        await().atMost(Duration.ofSeconds(30)).until(() -> Instant.now().getEpochSecond() > exp + 1);
        return token;
    }

    private static boolean problem(HttpResponse<String> answer) {
        return answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json");
    }

    /** Path parameters filled with well-formed values of records that do not exist (or province 48). */
    private static String concrete(Operation operation) {
        return operation.path().replaceAll("\\{province}", "48").replaceAll("\\{[A-Za-z]+}", UUID.randomUUID().toString());
    }

    static List<Operation> table() throws IOException {
        List<Operation> operations = new ArrayList<>();
        try (InputStream in = AuthorizationMatrixTest.class.getResourceAsStream("/authorization-matrix.csv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (String line : lines) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("service,")) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                operations.add(new Operation(cells[0], cells[1], cells[2],
                        new TreeSet<>(cells[3].isEmpty() ? List.of() : List.of(cells[3].split(";")))));
            }
        }
        return operations;
    }

    private static Map<String, Operation> documented() throws Exception {
        Map<String, Operation> operations = new TreeMap<>();
        for (String service : List.of("case", "plan", "reporting", "notification")) {
            HttpResponse<String> answer = client.call("GET", stack.service(service) + "/q/openapi?format=json", null, null);
            assertThat(answer.statusCode()).isEqualTo(200);
            JsonNode paths = StackClient.JSON.readTree(answer.body()).get("paths");
            paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
                if (!Set.of("get", "post", "put", "delete", "patch").contains(method.getKey())) {
                    return;
                }
                Set<String> roles = new TreeSet<>();
                method.getValue().path("security").forEach(requirement ->
                        requirement.fields().forEachRemaining(scheme -> scheme.getValue().forEach(r -> roles.add(r.asText()))));
                Operation operation = new Operation(service + "-service", method.getKey().toUpperCase(), path.getKey(), roles);
                operations.put(operation.key(), operation);
            }));
        }
        return operations;
    }
}
