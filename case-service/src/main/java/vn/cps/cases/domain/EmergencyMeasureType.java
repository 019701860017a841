package vn.cps.cases.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Emergency measures (can thiệp khẩn cấp) a commune chair may decide. */
@Schema(description = "Emergency measure (can thiệp khẩn cấp) the commune chair may decide. TEMPORARY_SEPARATION: tạm thời cách ly trẻ khỏi môi trường nguy hiểm (temporary separation of the child from a dangerous environment), at most 15 days unless extended; "
        + "MEDICAL_CARE: medical care; SAFE_PLACEMENT: placement in a safe place; "
        + "POLICE_PROTECTION: protection by the police; OTHER: another measure.")
public enum EmergencyMeasureType {
    /** tạm thời cách ly trẻ khỏi môi trường nguy hiểm: at most 15 days unless extended */
    TEMPORARY_SEPARATION,
    MEDICAL_CARE,
    SAFE_PLACEMENT,
    POLICE_PROTECTION,
    OTHER
}
