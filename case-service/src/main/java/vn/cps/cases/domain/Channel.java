package vn.cps.cases.domain;

/** How a report reached a receiving point. */
public enum Channel {
    /** National child protection hotline 111 (Tổng đài 111). */
    HOTLINE_111,
    PROVINCIAL_HOTLINE,
    APP,
    ZALO,
    WALK_IN,
    POLICE,
    SCHOOL,
    HEALTH_FACILITY,
    LETTER,
    MEDIA,
    ONLINE
}
