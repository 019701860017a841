package vn.cps.cases.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The initial risk assessment (đánh giá nguy cơ ban đầu, Mẫu 02): a level per factor. */
@Entity
@Table(name = "case_assessment")
public class InitialAssessment {

    @Id
    private UUID id;

    @Column(name = "case_id", nullable = false)
    private UUID caseId;

    @Embedded
    private RiskFactors factors;

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

    public InitialAssessment(UUID caseId, RiskFactors factors, boolean emergencyNeeded, String notes, String assessedBy,
            Instant assessedAt) {
        this.id = UUID.randomUUID();
        this.caseId = caseId;
        this.factors = factors;
        this.emergencyNeeded = emergencyNeeded;
        this.notes = VietnameseText.nfc(notes);
        this.assessedBy = assessedBy;
        this.assessedAt = assessedAt;
    }

    public RiskLevel overall() {
        return factors.overall();
    }

    public UUID id() {
        return id;
    }

    public RiskFactors factors() {
        return factors;
    }

    public boolean emergencyNeeded() {
        return emergencyNeeded;
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
