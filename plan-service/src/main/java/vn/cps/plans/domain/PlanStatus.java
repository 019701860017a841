package vn.cps.plans.domain;

public enum PlanStatus {
    DRAFT,
    ISSUED,
    REVISED,
    CLOSED
}
