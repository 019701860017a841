package vn.cps.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import vn.cps.notification.config.NotificationConfig;
import vn.cps.notification.domain.Webhook;
import vn.cps.notification.persistence.WebhookRepository;
import vn.cps.platform.problem.Problem;
import vn.cps.platform.problem.ProblemException;
import vn.cps.platform.security.Caller;
import vn.cps.platform.security.Roles;

/**
 * Partner systems' webhooks, per agency: an admin registers any agency's, a partner system only its
 * own (the {@code agency} claim of its client). The secret is shown when created or rotated, never
 * again.
 */
@ApplicationScoped
public class Webhooks {

    private final WebhookRepository webhooks;
    private final Caller caller;
    private final NotificationConfig config;
    private final Clock clock = Clock.systemUTC();

    Webhooks(WebhookRepository webhooks, Caller caller, NotificationConfig config) {
        this.webhooks = webhooks;
        this.caller = caller;
        this.config = config;
    }

    @Transactional
    public Webhook register(String agencyCode, String url) {
        if (!caller.hasRole(Roles.ADMIN) && !caller.agency().map(agencyCode::equals).orElse(false)) {
            throw new ProblemException(Problem.of(Response.Status.FORBIDDEN, "forbidden",
                    "A partner system registers webhooks for its own agency only"));
        }
        checkUrl(url);
        Webhook webhook = Webhook.register(agencyCode, url, caller.userId(), clock.instant());
        webhooks.persist(webhook);
        return webhook;
    }

    @Transactional
    public List<Webhook> list() {
        return webhooks.active(caller.hasRole(Roles.ADMIN) ? null : caller.agency().orElse(""));
    }

    @Transactional
    public Webhook get(UUID id) {
        Webhook webhook = webhooks.findById(id);
        if (webhook == null || !webhook.active()
                || !(caller.hasRole(Roles.ADMIN) || caller.agency().map(webhook.agencyCode()::equals).orElse(false))) {
            throw ProblemException.notFound("Webhook", id);
        }
        return webhook;
    }

    /** Stops deliveries to it; those still pending are given up. */
    @Transactional
    public void remove(UUID id) {
        get(id).deactivate();
    }

    @Transactional
    public Webhook rotateSecret(UUID id) {
        Webhook webhook = get(id);
        webhook.rotateSecret();
        return webhook;
    }

    private void checkUrl(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw ProblemException.unprocessable("url", "is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
        boolean allowed = scheme.equals("https") || (scheme.equals("http") && config.webhooks().allowPlainHttp());
        if (!allowed) {
            throw ProblemException.unprocessable("url", config.webhooks().allowPlainHttp()
                    ? "must be an http or https URL" : "must be an https URL");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw ProblemException.unprocessable("url", "must name a host");
        }
        if (uri.getUserInfo() != null) {
            throw ProblemException.unprocessable("url", "must not carry credentials; the signature authenticates us");
        }
        if (uri.getFragment() != null) {
            throw ProblemException.unprocessable("url", "must not have a fragment");
        }
    }
}
