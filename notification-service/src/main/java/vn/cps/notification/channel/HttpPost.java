package vn.cps.notification.channel;

import static java.nio.charset.StandardCharsets.UTF_8;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import vn.cps.notification.config.NotificationConfig;
import vn.cps.notification.domain.DeliveryFailure;

/**
 * A JSON POST to a partner's endpoint or an SMS gateway, with the outcome read the same way for
 * both: 2xx delivered; 408, 429, 5xx, timeouts and refused connections are worth retrying; other
 * answers are permanent.
 */
@ApplicationScoped
public class HttpPost {

    private final HttpClient client;
    private final Duration timeout;

    HttpPost(NotificationConfig config) {
        this.timeout = config.delivery().timeout();
        this.client = HttpClient.newBuilder().connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public void send(String url, Map<String, String> headers, String json) throws DeliveryFailure {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(json, UTF_8));
        headers.forEach(request::header);
        HttpResponse<Void> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.discarding());
        } catch (HttpConnectTimeoutException e) {
            throw new DeliveryFailure("CONNECT_TIMEOUT", false);
        } catch (HttpTimeoutException e) {
            throw new DeliveryFailure("TIMEOUT", false);
        } catch (IOException e) {
            throw new DeliveryFailure("CONNECTION_FAILED", false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailure("INTERRUPTED", false);
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return;
        }
        boolean retryable = status == 408 || status == 429 || status >= 500 || (status >= 300 && status < 400);
        throw new DeliveryFailure("HTTP " + status, !retryable);
    }
}
