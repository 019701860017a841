package vn.cps.cases.domain;

/** What a call or report is about. Only a report of harm or risk opens a case. */
public enum IntakeCategory {
    /** tư vấn: counselling only; never a case, but counted */
    COUNSELLING,
    /** cung cấp thông tin */
    INFORMATION,
    /** thông báo, tố giác: harm or risk to a child */
    REPORT_OF_HARM,
    /** silent, prank or abusive call */
    SILENT_OR_ABUSIVE
}
