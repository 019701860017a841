package vn.cps.plans.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An inspection (kiểm tra, thanh tra) of child-protection work in a jurisdiction, e.g. the
 * ministry inspectorate's conclusion 339/KL-TTr on Quảng Nam; it issues recommendations (kiến nghị).
 */
@Entity
@Table(name = "inspection")
public class Inspection {

    @Id
    private UUID id;

    @Column(nullable = false, length = 500)
    private String title;

    @Column(name = "inspecting_authority", nullable = false)
    private String inspectingAuthority;

    @Column(nullable = false)
    private String jurisdiction;

    /** The jurisdiction as the document records it; {@link #jurisdiction} is where it lies today. */
    @Column(name = "recorded_jurisdiction", nullable = false)
    private String recordedJurisdiction;

    @Column(name = "conducted_on", nullable = false)
    private LocalDate conductedOn;

    /** The conclusion or follow-up letter, by reference, e.g. 339/KL-TTr. */
    @Column(name = "document_reference")
    private String documentReference;

    @Column(name = "plan_id")
    private UUID planId;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Inspection() {
    }

    public Inspection(String title, String inspectingAuthority, String jurisdiction, LocalDate conductedOn,
            String documentReference, UUID planId, String recordedBy, Instant recordedAt, LocalDate today) {
        if (conductedOn.isAfter(today)) {
            throw new PlanRuleViolation("conductedOn", "an inspection is recorded after it took place");
        }
        this.id = UUID.randomUUID();
        this.title = title.strip();
        this.inspectingAuthority = inspectingAuthority.strip();
        PlacedJurisdiction placed = PlacedJurisdiction.of(jurisdiction);
        this.jurisdiction = placed.current();
        this.recordedJurisdiction = placed.recorded();
        this.conductedOn = conductedOn;
        this.documentReference = documentReference;
        this.planId = planId;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public UUID id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String inspectingAuthority() {
        return inspectingAuthority;
    }

    public String jurisdiction() {
        return jurisdiction;
    }

    public String recordedJurisdiction() {
        return recordedJurisdiction;
    }

    public LocalDate conductedOn() {
        return conductedOn;
    }

    public String documentReference() {
        return documentReference;
    }

    public UUID planId() {
        return planId;
    }
}
