package vn.cps.plans.domain;

public enum TaskStatus {
    OPEN,
    DONE,
    CANCELLED
}
