package vn.cps.platform.web;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sheds load instead of running out of memory: beyond {@code cps.http.max-in-flight} requests in
 * progress, a request is answered 503 problem+json with Retry-After before its token is checked or
 * its body read. Without it an overloaded service queues every request (each holding its buffers and
 * captured contexts) until the heap is full and it answers none (docs/performance.md, issue #16).
 * Health, metrics and the OpenAPI document ({@code /q/}) are always served, so probes see the truth.
 */
@ApplicationScoped
public class RequestAdmission {

    static final String PROBLEM = "{\"type\":\"https://cps.gov.vn/problems/overloaded\",\"title\":\"Service Unavailable\","
            + "\"status\":503,\"detail\":\"Too many requests in progress; retry after a second\"}";
    private final int maxInFlight;
    private final AtomicInteger inFlight = new AtomicInteger();

    RequestAdmission(@ConfigProperty(name = "cps.http.max-in-flight") int maxInFlight) {
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("cps.http.max-in-flight must be at least 1, was " + maxInFlight);
        }
        this.maxInFlight = maxInFlight;
    }

    void register(@Observes Router router) {
        // before authentication (order -200) and every other handler of ours
        router.route().order(-1000).handler(ctx -> {
            if (ctx.request().path().startsWith("/q/")) {
                ctx.next();
                return;
            }
            if (!admit()) {
                ctx.response().setStatusCode(503)
                        .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                        .putHeader("Retry-After", "1")
                        .end(PROBLEM);
                return;
            }
            // called once when the response has ended or the connection closed
            ctx.addEndHandler(done -> release());
            ctx.next();
        });
    }

    /** Takes a place if one is free. */
    boolean admit() {
        if (inFlight.incrementAndGet() > maxInFlight) {
            inFlight.decrementAndGet();
            return false;
        }
        return true;
    }

    void release() {
        inFlight.decrementAndGet();
    }

    /** Requests in progress now. */
    public int inFlight() {
        return inFlight.get();
    }
}
