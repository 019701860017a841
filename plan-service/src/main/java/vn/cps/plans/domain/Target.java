package vn.cps.plans.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * A numbered target (chỉ tiêu) of a plan: an indicator, a jurisdiction and a period, a target value
 * with its unit and direction, and a baseline. It may contribute to a target of the parent plan.
 */
@Entity
@Table(name = "plan_target")
public class Target {

    @Id
    private UUID id;

    @Column(name = "plan_id", nullable = false)
    private UUID planId;

    @Column(name = "indicator_code", nullable = false)
    private String indicatorCode;

    /** For an indicator specific to the plan; the catalogue's name otherwise. */
    @Column(length = 500)
    private String name;

    @Column(nullable = false)
    private String jurisdiction;

    /** The jurisdiction as the document records it; {@link #jurisdiction} is where it lies today. */
    @Column(name = "recorded_jurisdiction", nullable = false)
    private String recordedJurisdiction;

    @Column(name = "period_start_year", nullable = false)
    private int periodStartYear;

    @Column(name = "period_end_year", nullable = false)
    private int periodEndYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TargetDirection direction;

    @Column(name = "target_value", nullable = false)
    private BigDecimal targetValue;

    @Column(nullable = false)
    private String unit;

    @Column
    private BigDecimal baseline;

    @Column(name = "contributes_to")
    private UUID contributesTo;

    /** The status last announced, so that at-risk and missed go out once per change. */
    @Enumerated(EnumType.STRING)
    @Column(name = "announced_status", nullable = false)
    private TargetStatus announcedStatus;

    protected Target() {
    }

    public static Target of(Plan plan, String indicatorCode, String name, String jurisdiction, int periodStartYear,
            int periodEndYear, TargetDirection direction, BigDecimal targetValue, String unit, BigDecimal baseline,
            UUID contributesTo) {
        plan.requireOpenForTargets();
        if (!plan.covers(periodStartYear) || !plan.covers(periodEndYear)) {
            throw new PlanRuleViolation("periodEndYear", "a target's period lies inside the plan's period "
                    + plan.periodStartYear() + "-" + plan.periodEndYear());
        }
        if (periodEndYear < periodStartYear) {
            throw new PlanRuleViolation("periodEndYear", "must not be before periodStartYear");
        }
        if (direction == TargetDirection.REDUCE_BY_PERCENT && baseline == null) {
            throw new PlanRuleViolation("baseline", "a reduction is measured from a baseline");
        }
        Target t = new Target();
        t.id = UUID.randomUUID();
        t.planId = plan.id();
        t.indicatorCode = indicatorCode;
        t.name = name;
        PlacedJurisdiction placed = PlacedJurisdiction.of(jurisdiction);
        t.jurisdiction = placed.current();
        t.recordedJurisdiction = placed.recorded();
        t.periodStartYear = periodStartYear;
        t.periodEndYear = periodEndYear;
        t.direction = direction;
        t.targetValue = targetValue;
        t.unit = unit;
        t.baseline = baseline;
        t.contributesTo = contributesTo;
        t.announcedStatus = TargetStatus.NO_DATA;
        return t;
    }

    /** How much of the target's period has passed on a day. */
    public double elapsedShare(LocalDate today) {
        LocalDate start = LocalDate.of(periodStartYear, 1, 1);
        LocalDate end = LocalDate.of(periodEndYear + 1, 1, 1);
        if (!today.isAfter(start)) {
            return 0;
        }
        if (!today.isBefore(end)) {
            return 1;
        }
        return (double) ChronoUnit.DAYS.between(start, today) / ChronoUnit.DAYS.between(start, end);
    }

    /** Records the newly announced status; true when it changed. */
    public boolean announce(TargetStatus status) {
        if (status == announcedStatus) {
            return false;
        }
        announcedStatus = status;
        return true;
    }

    public UUID id() {
        return id;
    }

    public UUID planId() {
        return planId;
    }

    public String indicatorCode() {
        return indicatorCode;
    }

    public String name() {
        return name;
    }

    public String jurisdiction() {
        return jurisdiction;
    }

    public String recordedJurisdiction() {
        return recordedJurisdiction;
    }

    public int periodStartYear() {
        return periodStartYear;
    }

    public int periodEndYear() {
        return periodEndYear;
    }

    public TargetDirection direction() {
        return direction;
    }

    public BigDecimal targetValue() {
        return targetValue;
    }

    public String unit() {
        return unit;
    }

    public BigDecimal baseline() {
        return baseline;
    }

    public UUID contributesTo() {
        return contributesTo;
    }

    public TargetStatus announcedStatus() {
        return announcedStatus;
    }
}
