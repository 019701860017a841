package vn.cps.platform.web;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a keyset-paginated list and the cursor of the next (null at the end). Lists fetch one
 * item more than the limit: its presence says that a next page exists.
 */
public record KeysetPage<T>(List<T> items, String nextCursor) {

    /** Cuts what was fetched (up to limit + 1 items) to the page, naming the last item's position as the cursor. */
    public static <T> KeysetPage<T> of(List<T> fetched, int limit, Function<T, KeysetCursor> position) {
        if (fetched.size() <= limit) {
            return new KeysetPage<>(fetched, null);
        }
        List<T> page = fetched.subList(0, limit);
        return new KeysetPage<>(page, position.apply(page.get(limit - 1)).encode());
    }
}
