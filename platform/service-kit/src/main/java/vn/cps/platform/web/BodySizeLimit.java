package vn.cps.platform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.cps.platform.problem.Problem;

/**
 * Answers an announced oversized body with 413 problem+json before it is read. (Vert.x enforces
 * the same limit on chunked bodies by closing with a plain 413.)
 */
@ApplicationScoped
public class BodySizeLimit {

    private final long maxBytes;
    /** The refusal, written once: it is the same for every request. */
    private final String refusal;

    BodySizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize max,
            ObjectMapper json) throws JsonProcessingException {
        this.maxBytes = max.asLongValue();
        this.refusal = json.writeValueAsString(Problem.of(413, "Payload Too Large", "payload-too-large",
                "The request body is larger than " + maxBytes + " bytes", null));
    }

    void register(@Observes Router router) {
        router.route().order(-100).handler(ctx -> {
            String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && isOver(length)) {
                ctx.response().setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end(refusal);
                return;
            }
            ctx.next();
        });
    }

    private boolean isOver(String length) {
        try {
            return Long.parseLong(length.trim()) > maxBytes;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
