package vn.cps.client;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against a token endpoint on a free port that answers as Keycloak does (RFC 6749 section 4.4). */
class ClientCredentialsTest {

    private HttpServer endpoint;
    private final List<String> logins = new CopyOnWriteArrayList<>();
    private final AtomicInteger issued = new AtomicInteger();
    private volatile int status = 200;

    @BeforeEach
    void start() throws Exception {
        endpoint = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        endpoint.createContext("/realms/cps/protocol/openid-connect/token", exchange -> {
            logins.add(exchange.getRequestHeaders().getFirst("Authorization") + " "
                    + new String(exchange.getRequestBody().readAllBytes(), UTF_8));
            byte[] body = (status == 200
                    ? "{\"access_token\":\"token-" + issued.incrementAndGet() + "\",\"expires_in\":300,\"token_type\":\"Bearer\"}"
                    : "{\"error\":\"unauthorized_client\"}").getBytes(UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        endpoint.start();
    }

    @AfterEach
    void stop() {
        endpoint.stop(0);
    }

    private URI tokenEndpoint() {
        return URI.create("http://127.0.0.1:" + endpoint.getAddress().getPort() + "/realms/cps/protocol/openid-connect/token");
    }

    private static final class SettableClock extends Clock {
        Instant now = Instant.parse("2026-12-03T08:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void logsInOncePerTokenLifetimeAndAgainShortlyBeforeItExpires() {
        SettableClock clock = new SettableClock();
        ClientCredentials credentials = new ClientCredentials(tokenEndpoint(), "police-48", "s3cret:+/", HttpClient.newHttpClient(), clock);

        assertThat(credentials.get()).isEqualTo("Bearer token-1");
        clock.now = clock.now.plus(Duration.ofSeconds(269));
        assertThat(credentials.get()).isEqualTo("Bearer token-1");
        assertThat(logins).hasSize(1);
        // Basic base64("police-48:s3cret%3A%2B%2F"): the secret is form-encoded first (RFC 6749 section 2.3.1)
        assertThat(logins.get(0)).isEqualTo("Basic cG9saWNlLTQ4OnMzY3JldCUzQSUyQiUyRg== grant_type=client_credentials");

        clock.now = clock.now.plus(Duration.ofSeconds(1));
        assertThat(credentials.get()).as("30 s before expiry a new token is fetched").isEqualTo("Bearer token-2");
        assertThat(logins).hasSize(2);
    }

    @Test
    void aRefusedLoginSaysWhoWasRefusedAndWhy() {
        status = 401;
        ClientCredentials credentials = new ClientCredentials(tokenEndpoint(), "police-48", "wrong");
        assertThatThrownBy(credentials::get).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("police-48").hasMessageContaining("401").hasMessageContaining("unauthorized_client");
    }
}
