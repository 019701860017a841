package vn.cps.cases.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Sex of the child. MALE: male; FEMALE: female; UNKNOWN: not known to the caller.")
public enum Sex {
    MALE,
    FEMALE,
    /** not known to the caller */
    UNKNOWN
}
