package vn.cps.cases.domain;

public enum TimelineKind {
    NOTE,
    CALL,
    VISIT,
    DOCUMENT,
    /** written by the system at each step of the process */
    STEP,
    /** corrects an earlier entry, which stays as it was */
    CORRECTION
}
