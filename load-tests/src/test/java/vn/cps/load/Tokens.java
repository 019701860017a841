package vn.cps.load;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Real tokens of the local stack's realm, fetched once before a simulation starts. */
final class Tokens {

    private Tokens() {
    }

    static String of(int base, String password, String user) {
        String realm = "http://127.0.0.1:" + (base + 80) + "/realms/child-protection/protocol/openid-connect/token";
        String form = Map.of("grant_type", "password", "client_id", "cps-api-client", "username", user, "password", password)
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
}
