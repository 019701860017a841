package vn.cps.cases.domain;

/** States of a case under Decree 56/2017. */
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
