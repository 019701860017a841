package vn.cps.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.function.Supplier;

/**
 * An OAuth 2.0 client-credentials login at the realm's token endpoint (Keycloak), as a partner system
 * or a hotline switchboard does it. The access token is kept until shortly before it expires, so a
 * busy integration logs in once per token lifetime, not once per call.
 */
public final class ClientCredentials implements Supplier<String> {

    /** A token is renewed this long before it expires, so that it does not expire in flight. */
    static final Duration EARLY_RENEWAL = Duration.ofSeconds(30);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI tokenEndpoint;
    private final String clientId;
    private final String clientSecret;
    private final HttpClient http;
    private final Clock clock;
    private String token;
    private Instant renewAt = Instant.MIN;

    /**
     * @param tokenEndpoint e.g. {@code https://sso.example.gov.vn/realms/cps/protocol/openid-connect/token}
     */
    public ClientCredentials(URI tokenEndpoint, String clientId, String clientSecret) {
        this(tokenEndpoint, clientId, clientSecret, HttpClient.newHttpClient(), Clock.systemUTC());
    }

    ClientCredentials(URI tokenEndpoint, String clientId, String clientSecret, HttpClient http, Clock clock) {
        this.tokenEndpoint = tokenEndpoint;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.http = http;
        this.clock = clock;
    }

    /** The {@code Authorization} header value: {@code Bearer <access token>}. */
    @Override
    public synchronized String get() {
        if (token == null || !clock.instant().isBefore(renewAt)) {
            login();
        }
        return "Bearer " + token;
    }

    private void login() {
        String basic = Base64.getEncoder().encodeToString(
                (encode(clientId) + ":" + encode(clientSecret)).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(tokenEndpoint)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "Basic " + basic)
                .timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build();
        try {
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("Login of client " + clientId + " at " + tokenEndpoint + " answered "
                        + answer.statusCode() + ": " + answer.body());
            }
            JsonNode body = JSON.readTree(answer.body());
            Instant now = clock.instant();
            token = body.path("access_token").asText();
            renewAt = now.plusSeconds(Math.max(0, body.path("expires_in").asLong(60) - EARLY_RENEWAL.toSeconds()));
        } catch (IOException e) {
            throw new IllegalStateException("Login of client " + clientId + " at " + tokenEndpoint + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while logging in", e);
        }
    }

    /** RFC 6749 section 2.3.1: client id and secret are form-encoded before Basic authentication. */
    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
