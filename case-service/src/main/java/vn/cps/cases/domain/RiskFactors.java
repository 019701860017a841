package vn.cps.cases.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Collections;
import java.util.List;

/**
 * The four risk factors of Decree 56/2017's assessments (Mẫu 02 and 03), each High / Medium / Low
 * (Cao / Trung bình / Thấp). The case's risk is that of its riskiest factor.
 */
@Embeddable
public class RiskFactors {

    /** Severity of the harm. */
    @Enumerated(EnumType.STRING)
    @Column(name = "harm_severity", nullable = false)
    private RiskLevel harmSeverity;

    /** The abuser's access to the child. */
    @Enumerated(EnumType.STRING)
    @Column(name = "abuser_access", nullable = false)
    private RiskLevel abuserAccess;

    /** Obstacles to safety in the care environment. */
    @Enumerated(EnumType.STRING)
    @Column(name = "care_environment", nullable = false)
    private RiskLevel careEnvironment;

    /** The child's capacity to protect themselves and recover (HIGH risk = low capacity). */
    @Enumerated(EnumType.STRING)
    @Column(name = "child_capacity", nullable = false)
    private RiskLevel childCapacity;

    protected RiskFactors() {
    }

    public RiskFactors(RiskLevel harmSeverity, RiskLevel abuserAccess, RiskLevel careEnvironment,
            RiskLevel childCapacity) {
        this.harmSeverity = harmSeverity;
        this.abuserAccess = abuserAccess;
        this.careEnvironment = careEnvironment;
        this.childCapacity = childCapacity;
    }

    public RiskLevel overall() {
        return Collections.max(List.of(harmSeverity, abuserAccess, careEnvironment, childCapacity));
    }

    public RiskLevel harmSeverity() {
        return harmSeverity;
    }

    public RiskLevel abuserAccess() {
        return abuserAccess;
    }

    public RiskLevel careEnvironment() {
        return careEnvironment;
    }

    public RiskLevel childCapacity() {
        return childCapacity;
    }
}
