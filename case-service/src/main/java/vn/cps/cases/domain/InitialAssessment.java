package vn.cps.cases.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import java.util.EnumSet;
import java.util.Set;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import vn.cps.platform.text.VietnameseText;

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

    /** The groups of children in special circumstances (Art. 10) the child belongs to, if any. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "case_assessment_child_group", joinColumns = @JoinColumn(name = "assessment_id"))
    @Column(name = "child_group")
    @Enumerated(EnumType.STRING)
    private Set<ChildGroup> childGroups = EnumSet.noneOf(ChildGroup.class);

    @Column(name = "assessed_by", nullable = false)
    private String assessedBy;

    @Column(name = "assessed_at", nullable = false)
    private Instant assessedAt;

    protected InitialAssessment() {
    }

    public InitialAssessment(UUID caseId, RiskFactors factors, boolean emergencyNeeded, Set<ChildGroup> childGroups,
            String notes, String assessedBy, Instant assessedAt) {
        this.id = UUID.randomUUID();
        this.caseId = caseId;
        this.factors = factors;
        this.emergencyNeeded = emergencyNeeded;
        this.childGroups.addAll(childGroups);
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

    public Set<ChildGroup> childGroups() {
        return Set.copyOf(childGroups);
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
