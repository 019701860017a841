package vn.cps.plans.domain;

public enum Trend {
    UP,
    DOWN,
    FLAT,
    /** fewer than two values */
    UNKNOWN
}
