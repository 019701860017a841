package vn.cps.platform.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import vn.cps.platform.problem.ProblemException;

/**
 * The opaque {@code cursor} of keyset-paginated lists: the sort time and id of the last item of a
 * page. Lists sort by (time, id), so pages never skip or repeat an item while others are written.
 */
public record KeysetCursor(Instant at, UUID id) {

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((at + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** The position a cursor names; null for the first page; 422 for a cursor this API did not return. */
    public static KeysetCursor decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
            return new KeysetCursor(Instant.parse(parts[0]), UUID.fromString(parts[1]));
        } catch (RuntimeException e) {
            throw ProblemException.unprocessable("cursor", "is not a cursor this API returned");
        }
    }
}
