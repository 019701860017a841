package vn.cps.client;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * The four generated API clients configured alike: one base URI per service (behind the ingress they
 * are all the same host) and the caller's bearer token on every request. Hand each one to the
 * generated APIs, e.g. {@code new IntakesApi(connection.cases())}.
 */
public final class CpsConnection {

    private final vn.cps.client.cases.ApiClient cases;
    private final vn.cps.client.plans.ApiClient plans;
    private final vn.cps.client.reporting.ApiClient reporting;
    private final vn.cps.client.notifications.ApiClient notifications;

    /** Base URIs of case-, plan-, reporting- and notification-service; behind the ingress all four are the same. */
    public record BaseUris(String cases, String plans, String reporting, String notifications) {

        public static BaseUris ingress(String uri) {
            return new BaseUris(uri, uri, uri, uri);
        }
    }

    public CpsConnection(BaseUris uris, Supplier<String> authorization) {
        HttpClient.Builder http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5));
        Duration timeout = Duration.ofSeconds(30);
        cases = new vn.cps.client.cases.ApiClient();
        cases.setHttpClientBuilder(http).updateBaseUri(uris.cases());
        cases.setReadTimeout(timeout);
        cases.setRequestInterceptor(request -> request.setHeader("Authorization", authorization.get()));
        plans = new vn.cps.client.plans.ApiClient();
        plans.setHttpClientBuilder(http).updateBaseUri(uris.plans());
        plans.setReadTimeout(timeout);
        plans.setRequestInterceptor(request -> request.setHeader("Authorization", authorization.get()));
        reporting = new vn.cps.client.reporting.ApiClient();
        reporting.setHttpClientBuilder(http).updateBaseUri(uris.reporting());
        reporting.setReadTimeout(timeout);
        reporting.setRequestInterceptor(request -> request.setHeader("Authorization", authorization.get()));
        notifications = new vn.cps.client.notifications.ApiClient();
        notifications.setHttpClientBuilder(http).updateBaseUri(uris.notifications());
        notifications.setReadTimeout(timeout);
        notifications.setRequestInterceptor(request -> request.setHeader("Authorization", authorization.get()));
    }

    public vn.cps.client.cases.ApiClient cases() {
        return cases;
    }

    public vn.cps.client.plans.ApiClient plans() {
        return plans;
    }

    public vn.cps.client.reporting.ApiClient reporting() {
        return reporting;
    }

    public vn.cps.client.notifications.ApiClient notifications() {
        return notifications;
    }
}
