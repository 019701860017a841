package vn.cps.cases.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether a closed case's support plan reached its goals, as the closure review (Mẫu 06) found. */
@Schema(description = "Whether a closed case's support plan reached its goals, as the closure review (Mẫu 06) found. MET: đạt mục tiêu (goals met); "
        + "PARTLY_MET: đạt một phần mục tiêu (goals partly met); "
        + "NOT_MET: không đạt mục tiêu (goals not met).")
public enum PlanGoalsOutcome {
    /** Đạt mục tiêu. */
    MET,
    /** Đạt một phần mục tiêu. */
    PARTLY_MET,
    /** Không đạt mục tiêu. */
    NOT_MET
}
