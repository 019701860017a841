package vn.cps.cases.domain;

/** Risk per factor (Cao / Trung bình / Thấp). */
public enum RiskLevel {
    LOW,
    MEDIUM,
    HIGH
}
