package vn.cps.plans.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** An agency's report on a task: text, and a figure where the task counts something. */
@Entity
@Table(name = "progress_report")
public class ProgressReport {

    @Id
    private UUID id;

    @Column(name = "task_id", nullable = false)
    private UUID taskId;

    @Column(name = "agency_code", nullable = false)
    private String agencyCode;

    @Column(nullable = false, length = 4000)
    private String text;

    @Column
    private BigDecimal figure;

    @Column(name = "reported_by", nullable = false)
    private String reportedBy;

    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;

    protected ProgressReport() {
    }

    public ProgressReport(UUID taskId, String agencyCode, String text, BigDecimal figure, String reportedBy,
            Instant reportedAt) {
        this.id = UUID.randomUUID();
        this.taskId = taskId;
        this.agencyCode = agencyCode;
        this.text = text;
        this.figure = figure;
        this.reportedBy = reportedBy;
        this.reportedAt = reportedAt;
    }

    public UUID id() {
        return id;
    }

    public UUID taskId() {
        return taskId;
    }

    public String agencyCode() {
        return agencyCode;
    }

    public String text() {
        return text;
    }

    public BigDecimal figure() {
        return figure;
    }

    public Instant reportedAt() {
        return reportedAt;
    }
}
