package vn.cps.cases.domain;

public enum PlanStatus {
    /** drafted (Mẫu 04) and waiting for the chair's approval */
    SUBMITTED,
    /** approved (Mẫu 05): the plan in force */
    APPROVED,
    /** sent back for revision */
    RETURNED,
    /** replaced by the approved plan of a later cycle */
    SUPERSEDED
}
