package vn.cps.cases.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a report reached a receiving point. */
@Schema(description = "How a report reached a receiving point. HOTLINE_111: the national child protection hotline 111 (Tổng đài điện thoại quốc gia bảo vệ trẻ em); "
        + "PROVINCIAL_HOTLINE: a provincial hotline; APP: the hotline's mobile app; "
        + "ZALO: the Zalo messaging channel; WALK_IN: in person at the receiving point; "
        + "POLICE: forwarded by the police; SCHOOL: from a school; "
        + "HEALTH_FACILITY: from a health facility; LETTER: by letter; "
        + "MEDIA: from the press or other media; ONLINE: another online channel.")
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
