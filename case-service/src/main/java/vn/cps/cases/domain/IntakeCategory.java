package vn.cps.cases.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a call or report is about. Only a report of harm or risk opens a case. */
@Schema(description = "What a call or report is about; "
        + "only REPORT_OF_HARM opens a case. COUNSELLING: tư vấn (counselling only; "
        + "never a case, but counted); INFORMATION: cung cấp thông tin (information given); "
        + "REPORT_OF_HARM: thông báo, tố giác (a report of harm or risk to a child); "
        + "SILENT_OR_ABUSIVE: a silent, prank or abusive call.")
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
