package vn.cps.events;

import java.util.List;

/**
 * CloudEvents {@code type} values. The version is part of the name: a change that breaks
 * readers is a new type, never an edit of an existing one.
 */
public final class EventTypes {

    public static final String CASE_OPENED_V1 = "vn.cps.case.opened.v1";

    /** Every published type; each must have a JSON Schema under {@link #schemaResource(String)}. */
    public static final List<String> ALL = List.of(CASE_OPENED_V1);

    private EventTypes() {
    }

    /** Classpath location of the JSON Schema of a type's payload. */
    public static String schemaResource(String type) {
        return "vn/cps/events/schemas/" + type + ".json";
    }
}
