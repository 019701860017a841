package vn.cps.plans.domain;

/** How a target is read against its indicator. */
public enum TargetDirection {
    /** the value must reach at least the target (e.g. 80% of officers trained) */
    AT_LEAST,
    /** the value must stay at or below the target (e.g. abused children below 4.5%) */
    AT_MOST,
    /** the value must fall by the target percentage from the baseline */
    REDUCE_BY_PERCENT
}
