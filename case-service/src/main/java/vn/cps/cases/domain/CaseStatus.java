package vn.cps.cases.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** States of a case under Decree 56/2017. */
@Schema(description = "State of a case in the process of Decree 56/2017/NĐ-CP (Art. 25-30). RECEIVED: the report was received and recorded (tiếp nhận), awaiting the initial risk assessment; "
        + "ASSESSED: the initial risk assessment (đánh giá nguy cơ ban đầu, Mẫu 02) is done; "
        + "IN_SUPPORT: the support/intervention plan (kế hoạch hỗ trợ, can thiệp) is approved and being carried out; "
        + "CLOSED: closed after review (đóng hồ sơ, Mẫu 06); "
        + "NOT_SUBSTANTIATED: verification found no harm or risk; "
        + "REOPENED: a closed or not substantiated case opened again, its history kept; "
        + "MERGED: a duplicate of an earlier open case of the same child, merged into it.")
public enum CaseStatus {
    RECEIVED,
    ASSESSED,
    IN_SUPPORT,
    CLOSED,
    NOT_SUBSTANTIATED,
    REOPENED,
    /** a duplicate of an earlier open case of the same child, merged into it */
    MERGED
}
