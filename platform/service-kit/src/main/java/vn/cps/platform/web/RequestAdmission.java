package vn.cps.platform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response.Status;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.cps.platform.problem.Problem;

/**
 * Sheds load instead of running out of memory: beyond {@code cps.http.max-in-flight} requests in
 * progress, a request is answered 503 problem+json with Retry-After before its token is checked or
 * its body read. Without it an overloaded service queues every request (each holding its buffers and
 * captured contexts) until the heap is full and it answers none (docs/performance.md, issue #16).
 * Health, metrics and the OpenAPI document ({@code /q/}) are always served, so probes see the truth.
 */
@ApplicationScoped
public class RequestAdmission {

    private final int maxInFlight;
    private final AtomicInteger inFlight = new AtomicInteger();
    /** The refusal, written once: it is the same for every request. */
    private final String refusal;

    RequestAdmission(@ConfigProperty(name = "cps.http.max-in-flight") int maxInFlight, ObjectMapper json)
            throws JsonProcessingException {
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("cps.http.max-in-flight must be at least 1, was " + maxInFlight);
        }
        this.maxInFlight = maxInFlight;
        this.refusal = json.writeValueAsString(Problem.of(Status.SERVICE_UNAVAILABLE, "overloaded",
                "Too many requests in progress; retry after a second"));
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
                        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.RETRY_AFTER, "1")
                        .end(refusal);
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
