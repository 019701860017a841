package vn.cps.cases.domain;

public enum ActionStatus {
    ASSIGNED,
    DONE,
    CANCELLED
}
