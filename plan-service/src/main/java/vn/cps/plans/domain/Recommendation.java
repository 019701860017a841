package vn.cps.plans.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A recommendation (kiến nghị) of an inspection, assigned to an agency and followed up until resolved. */
@Entity
@Table(name = "recommendation")
public class Recommendation {

    public enum Status { OPEN, RESOLVED }

    @Id
    private UUID id;

    @Column(name = "inspection_id", nullable = false)
    private UUID inspectionId;

    @Column(nullable = false, length = 4000)
    private String text;

    @Column(name = "agency_code", nullable = false)
    private String agencyCode;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(length = 4000)
    private String resolution;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @jakarta.persistence.Version
    private long version;

    protected Recommendation() {
    }

    public Recommendation(UUID inspectionId, String text, String agencyCode, LocalDate dueDate) {
        this.id = UUID.randomUUID();
        this.inspectionId = inspectionId;
        this.text = text.strip();
        this.agencyCode = agencyCode;
        this.dueDate = dueDate;
        this.status = Status.OPEN;
    }

    /** The agency reports how it acted on the recommendation; it is resolved once. */
    public void resolve(String resolutionText, Instant now) {
        if (status != Status.OPEN) {
            throw new PlanRuleViolation("status", "the recommendation is resolved already");
        }
        status = Status.RESOLVED;
        resolution = resolutionText;
        resolvedAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID inspectionId() {
        return inspectionId;
    }

    public String text() {
        return text;
    }

    public String agencyCode() {
        return agencyCode;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public Status status() {
        return status;
    }

    public String resolution() {
        return resolution;
    }

    public long version() {
        return version;
    }

    public Instant resolvedAt() {
        return resolvedAt;
    }
}
