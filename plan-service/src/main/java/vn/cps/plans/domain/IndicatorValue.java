package vn.cps.plans.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A value of an indicator for a jurisdiction and a year, reported by an agency or measured from cases. */
@Entity
@Table(name = "indicator_value")
public class IndicatorValue {

    public enum Source { REPORTED, MEASURED }

    @Id
    private UUID id;

    @Column(name = "indicator_code", nullable = false)
    private String indicatorCode;

    @Column(nullable = false)
    private String jurisdiction;

    @Column(nullable = false)
    private int year;

    @Column(nullable = false)
    private BigDecimal value;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Source source;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected IndicatorValue() {
    }

    public IndicatorValue(String indicatorCode, String jurisdiction, int year, BigDecimal value, Source source,
            String recordedBy, Instant recordedAt) {
        this.id = UUID.randomUUID();
        this.indicatorCode = indicatorCode;
        this.jurisdiction = jurisdiction;
        this.year = year;
        this.value = value;
        this.source = source;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public UUID id() {
        return id;
    }

    public String indicatorCode() {
        return indicatorCode;
    }

    public String jurisdiction() {
        return jurisdiction;
    }

    public int year() {
        return year;
    }

    public BigDecimal value() {
        return value;
    }

    public Source source() {
        return source;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
