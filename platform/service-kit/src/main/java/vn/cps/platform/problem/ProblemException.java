package vn.cps.platform.problem;

import jakarta.ws.rs.core.Response.Status;
import java.util.List;

/** A use case refusal that the API answers with a problem+json of the given status. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    /** 404; also used for records outside the caller's scope, so that their existence does not leak. */
    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(Problem.of(Status.NOT_FOUND, "not-found", what + " " + id + " was not found"));
    }

    /** 503: worth a retry after a second (the mapper adds Retry-After). */
    public static ProblemException unavailable(String detail) {
        return new ProblemException(Problem.of(Status.SERVICE_UNAVAILABLE, "unavailable", detail));
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(Problem.of(Status.CONFLICT, "conflict", detail));
    }

    public static ProblemException preconditionFailed(String detail) {
        return new ProblemException(Problem.of(Status.PRECONDITION_FAILED, "precondition-failed", detail));
    }

    /** 428: a change without If-Match; the caller must say which version it changes. */
    public static ProblemException preconditionRequired() {
        return new ProblemException(Problem.of(428, "Precondition Required", "precondition-required",
                "Send If-Match with the ETag of the version you change", null));
    }

    /**
     * Checks an If-Match header against the current version: 428 when it is missing, 412 when it
     * names another version, so that a stale write changes nothing.
     */
    public static void requireVersion(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw preconditionRequired();
        }
        String tag = ifMatch.trim();
        if (tag.equals("*")) {
            return;
        }
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        if (!tag.equals(Long.toString(currentVersion))) {
            throw preconditionFailed("The record changed since you read it (now version " + currentVersion
                    + "); read it again and retry");
        }
    }

    /** 400: the request names codes or values its declared shape does not allow, field by field. */
    public static ProblemException badRequest(String detail, List<Problem.Violation> violations) {
        return new ProblemException(Problem.of(400, "Bad Request", "validation", detail, violations));
    }

    /** 422: well-formed input that breaks a domain rule. */
    public static ProblemException unprocessable(String detail, List<Problem.Violation> violations) {
        return new ProblemException(Problem.of(422, "Unprocessable Content", "unprocessable", detail, violations));
    }

    public static ProblemException unprocessable(String field, String message) {
        return unprocessable("The request breaks a rule: " + message, List.of(new Problem.Violation(field, message)));
    }
}
