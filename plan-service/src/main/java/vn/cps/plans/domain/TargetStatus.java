package vn.cps.plans.domain;

/** Where a target stands against its recorded values. */
public enum TargetStatus {
    /** no value recorded yet */
    NO_DATA,
    ON_TRACK,
    /** behind the straight line from baseline to target at this point of the period */
    AT_RISK,
    /** the period ended and the target was reached */
    MET,
    /** the period ended and the target was not reached */
    MISSED
}
