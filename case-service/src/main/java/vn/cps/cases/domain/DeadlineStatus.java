package vn.cps.cases.domain;

/** Where a legal deadline stands. */
public enum DeadlineStatus {
    /** done before the deadline */
    MET,
    /** done after it, or not done and past it */
    MISSED,
    /** not done, less than the warning period left */
    DUE_SOON,
    /** not done, time left */
    PENDING,
    /** does not apply to this case (e.g. no emergency found) */
    NOT_APPLICABLE
}
