package vn.cps.cases.domain;

/** Whether a closed case's support plan reached its goals, as the closure review (Mẫu 06) found. */
public enum PlanGoalsOutcome {
    /** Đạt mục tiêu. */
    MET,
    /** Đạt một phần mục tiêu. */
    PARTLY_MET,
    /** Không đạt mục tiêu. */
    NOT_MET
}
