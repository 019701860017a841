package vn.cps.cases.domain;

/** Emergency measures (can thiệp khẩn cấp) a commune chair may decide. */
public enum EmergencyMeasureType {
    /** tạm thời cách ly trẻ khỏi môi trường nguy hiểm: at most 15 days unless extended */
    TEMPORARY_SEPARATION,
    MEDICAL_CARE,
    SAFE_PLACEMENT,
    POLICE_PROTECTION,
    OTHER
}
