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

/**
 * A value of an indicator for a jurisdiction and a period of a year ({@code Y} the year, {@code H1}
 * and {@code H2} its halves): reported by an agency with its source, measured from cases by
 * reporting-service, or computed here as a share of two other values.
 */
@Entity
@Table(name = "indicator_value")
public class IndicatorValue {

    public enum Source { REPORTED, MEASURED, COMPUTED }

    public static final String YEAR = "Y";
    public static final java.util.Set<String> PERIODS = java.util.Set.of("Y", "H1", "H2");

    @Id
    private UUID id;

    @Column(name = "indicator_code", nullable = false)
    private String indicatorCode;

    @Column(nullable = false)
    private String jurisdiction;

    @Column(nullable = false)
    private int year;

    @Column(nullable = false)
    private String period;

    @Column(nullable = false)
    private BigDecimal value;

    private BigDecimal numerator;

    private BigDecimal denominator;

    @Column(name = "source_note")
    private String sourceNote;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Source source;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected IndicatorValue() {
    }

    public IndicatorValue(String indicatorCode, String jurisdiction, int year, String period, BigDecimal value,
            BigDecimal numerator, BigDecimal denominator, Source source, String sourceNote, String recordedBy,
            Instant recordedAt) {
        this.id = UUID.randomUUID();
        this.indicatorCode = indicatorCode;
        this.jurisdiction = jurisdiction;
        this.year = year;
        this.period = period;
        this.value = value;
        this.numerator = numerator;
        this.denominator = denominator;
        this.sourceNote = sourceNote;
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

    public String period() {
        return period;
    }

    public BigDecimal value() {
        return value;
    }

    public BigDecimal numerator() {
        return numerator;
    }

    public BigDecimal denominator() {
        return denominator;
    }

    /** Where a reported figure comes from (e.g. the statistics office's population figures); null otherwise. */
    public String sourceNote() {
        return sourceNote;
    }

    public Source source() {
        return source;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
