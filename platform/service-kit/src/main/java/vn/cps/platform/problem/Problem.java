package vn.cps.platform.problem;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem detail, with per-field {@code violations} for validation errors and
 * extension members (e.g. {@code allowed} transitions) where a problem type defines them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(URI type, String title, int status, String detail, String instance,
        List<Violation> violations, @JsonIgnore Map<String, Object> extensions) {

    public Problem(URI type, String title, int status, String detail, String instance, List<Violation> violations) {
        this(type, title, status, detail, instance, violations, Map.of());
    }

    @JsonAnyGetter
    public Map<String, Object> extensionMembers() {
        return extensions == null ? Map.of() : extensions;
    }

    public Problem with(String member, Object value) {
        Map<String, Object> more = new java.util.LinkedHashMap<>(extensionMembers());
        more.put(member, value);
        return new Problem(type, title, status, detail, instance, violations, more);
    }

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://cps.gov.vn/problems/";

    /** One invalid field: a JSON path into the request ({@code child.birthDate}) and why. */
    public record Violation(String field, String message) {
    }

    public static Problem of(Response.Status status, String slug, String detail) {
        return of(status.getStatusCode(), status.getReasonPhrase(), slug, detail, null);
    }

    public static Problem of(int status, String title, String slug, String detail, List<Violation> violations) {
        return new Problem(URI.create(TYPE_BASE + slug), title, status, detail, null, violations);
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}
