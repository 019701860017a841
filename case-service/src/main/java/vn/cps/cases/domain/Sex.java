package vn.cps.cases.domain;

public enum Sex {
    MALE,
    FEMALE,
    /** not known to the caller */
    UNKNOWN
}
