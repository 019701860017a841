package vn.cps.cases.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/** The initial risk assessment (đánh giá nguy cơ ban đầu, Mẫu 02): a level per factor. */
@Entity
@Table(name = "case_assessment")
public class InitialAssessment {

    @Id
    private UUID id;

    @Column(name = "case_id", nullable = false)
    private UUID caseId;

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

    /** Whether life, health or dignity is seriously threatened, so emergency measures are due. */
    @Column(name = "emergency_needed", nullable = false)
    private boolean emergencyNeeded;

    @Column(length = 4000)
    private String notes;

    @Column(name = "assessed_by", nullable = false)
    private String assessedBy;

    @Column(name = "assessed_at", nullable = false)
    private Instant assessedAt;

    protected InitialAssessment() {
    }

    public InitialAssessment(UUID caseId, RiskLevel harmSeverity, RiskLevel abuserAccess, RiskLevel careEnvironment,
            RiskLevel childCapacity, boolean emergencyNeeded, String notes, String assessedBy, Instant assessedAt) {
        this.id = UUID.randomUUID();
        this.caseId = caseId;
        this.harmSeverity = harmSeverity;
        this.abuserAccess = abuserAccess;
        this.careEnvironment = careEnvironment;
        this.childCapacity = childCapacity;
        this.emergencyNeeded = emergencyNeeded;
        this.notes = VietnameseText.nfc(notes);
        this.assessedBy = assessedBy;
        this.assessedAt = assessedAt;
    }

    /** The case's risk is that of its riskiest factor. */
    public RiskLevel overall() {
        return Collections.max(List.of(harmSeverity, abuserAccess, careEnvironment, childCapacity));
    }

    public UUID id() {
        return id;
    }

    public boolean emergencyNeeded() {
        return emergencyNeeded;
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

    public String notes() {
        return notes;
    }

    public String assessedBy() {
        return assessedBy;
    }

    public Instant assessedAt() {
        return assessedAt;
    }
}
