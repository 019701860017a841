package vn.cps.platform.web;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

/** The response conventions every API shares: the version as ETag, and how a create answers a retry. */
public final class Responses {

    /** Header set on the answer to a retried create that returns the first record. */
    public static final String IDEMPOTENT_REPLAYED = "Idempotent-Replayed";

    private Responses() {
    }

    /** Adds the record's version as its ETag, to be sent back in If-Match. */
    public static Response.ResponseBuilder versioned(Response.ResponseBuilder builder, long version) {
        return builder.tag(new EntityTag(Long.toString(version)));
    }

    /** 201 Created; marked as replayed when an Idempotency-Key returned the first record. */
    public static Response.ResponseBuilder created(boolean replayed) {
        Response.ResponseBuilder builder = Response.status(Response.Status.CREATED);
        return replayed ? builder.header(IDEMPOTENT_REPLAYED, "true") : builder;
    }
}
