package vn.cps.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/** An RFC 9457 problem detail, with per-field {@code violations} for validation errors. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(URI type, String title, int status, String detail, String instance,
        List<Violation> violations) {

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
