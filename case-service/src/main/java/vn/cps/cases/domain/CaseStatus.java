package vn.cps.cases.domain;

/** States of a case under Decree 56/2017; this slice opens cases in {@link #RECEIVED}. */
public enum CaseStatus {
    RECEIVED,
    ASSESSED,
    IN_SUPPORT,
    CLOSED,
    NOT_SUBSTANTIATED,
    REOPENED
}
