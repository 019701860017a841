package vn.cps.localstack;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The demo of {@code stack.sh demo}: a hotline operator files a report, the commune officer sees
 * the notification and opens the case, the provincial supervisor sees it in the statistics (an
 * analyst sees the same figures with small counts suppressed). Prints each call
 * and its answer. Arguments: realm URL, demo password, case, notification and reporting URLs.
 */
public final class Demo {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Demo() {
    }

    public static void main(String[] args) throws Exception {
        String realm = args[0];
        String password = args[1];
        String cases = args[2];
        String notifications = args[3];
        String reporting = args[4];

        step("1. A hotline 111 operator logs in and files a report about a child at risk");
        String operator = token(realm, "operator111", password);
        String report = """
                {"channel": "HOTLINE_111", "callerRelationship": "NEIGHBOUR",
                 "child": {"fullName": "Nguyễn Thị Lan", "sex": "FEMALE", "birthDate": "2016-04-02"},
                 "location": {"provinceCode": "48", "communeCode": "20194"},
                 "harmTypes": ["VIOLENCE", "NEGLECT"],
                 "summary": "Hàng xóm báo trẻ bị đánh nhiều lần, có vết bầm trên tay."}""";
        String created = call("POST", cases + "/api/v1/intakes", operator, report);
        String caseId = field(created, "caseId");
        String reference = field(created, "caseReference");

        step("2. The officer of commune 20194 sees the notification and opens the case");
        String officer = token(realm, "officer.20194", password);
        String inbox = "";
        for (int i = 0; i < 30 && !inbox.contains(reference); i++) {
            inbox = HTTP.send(get(notifications + "/api/v1/notifications?limit=5", officer),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
            Thread.sleep(500);
        }
        call("GET", notifications + "/api/v1/notifications?limit=5", officer, null);
        call("GET", cases + "/api/v1/cases/" + caseId, officer, null);

        step("3. The provincial supervisor sees it in the statistics; the analyst sees small counts suppressed");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        String query = reporting + "/api/v1/statistics/cases?from=" + today.withDayOfYear(1) + "&to=" + today
                + "&groupBy=sex&period=month";
        call("GET", query, token(realm, "supervisor.48", password), null);
        call("GET", query, token(realm, "analyst", password), null);

        step("And an officer of another commune sees neither the case nor the notification");
        String other = token(realm, "officer.20200", password);
        call("GET", cases + "/api/v1/cases/" + caseId, other, null);
        System.out.println("\nDone at " + Instant.now());
    }

    private static void step(String title) {
        System.out.println("\n=== " + title + " ===");
    }

    private static String token(String realm, String user, String password) throws Exception {
        String form = "grant_type=password&client_id=cps-api-client&username=" + enc(user) + "&password=" + enc(password);
        System.out.println("$ POST " + realm + "/protocol/openid-connect/token  (password grant as " + user + ")");
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("No token for " + user + ": " + answer.statusCode() + " " + answer.body());
        }
        String token = field(answer.body(), "access_token");
        System.out.println("  200 access_token=" + token.substring(0, 24) + "...");
        return token;
    }

    private static String call(String method, String url, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(10));
        if (body != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        System.out.println("$ " + method + " " + url);
        if (body != null) {
            System.out.println(body.indent(2).stripTrailing());
        }
        HttpResponse<String> answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        System.out.println("  " + answer.statusCode() + " " + answer.body());
        return answer.body();
    }

    private static HttpRequest get(String url, String token) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).GET().build();
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("No " + name + " in " + json);
        }
        return m.group(1);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
