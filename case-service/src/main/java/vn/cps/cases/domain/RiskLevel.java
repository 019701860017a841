package vn.cps.cases.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Risk per factor (Cao / Trung bình / Thấp). */
@Schema(description = "Risk per factor of the risk assessment. LOW: thấp (low); MEDIUM: trung bình (medium); "
        + "HIGH: cao (high).")
public enum RiskLevel {
    LOW,
    MEDIUM,
    HIGH
}
