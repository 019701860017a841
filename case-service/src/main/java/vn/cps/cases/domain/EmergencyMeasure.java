package vn.cps.cases.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import vn.cps.platform.text.VietnameseText;

/** An emergency measure decided by the commune chair (can thiệp khẩn cấp, Decree 56/2017 Art. 26). */
@Entity
@Table(name = "emergency_measure")
public class EmergencyMeasure {

    /** Temporary separation lasts at most this many days unless it is extended. */
    public static final int MAX_SEPARATION_DAYS = 15;

    @Id
    private UUID id;

    @Column(name = "case_id", nullable = false)
    private UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EmergencyMeasureType type;

    @Column(name = "taken_at", nullable = false)
    private Instant takenAt;

    @Column(name = "separation_until")
    private LocalDate separationUntil;

    @Column(length = 4000)
    private String notes;

    @Column(name = "extensions", nullable = false)
    private int extensions;

    @Column(name = "decided_by", nullable = false)
    private String decidedBy;

    protected EmergencyMeasure() {
    }

    /**
     * @throws CaseRuleViolation when a separation has no end, or ends more than 15 days after it began
     */
    public static EmergencyMeasure decide(UUID caseId, EmergencyMeasureType type, Instant takenAt,
            LocalDate separationUntil, String notes, String decidedBy, ZoneId legalZone, Instant now) {
        if (takenAt.isAfter(now.plusSeconds(300))) {
            throw new CaseRuleViolation("takenAt", "must not be in the future");
        }
        if (type == EmergencyMeasureType.TEMPORARY_SEPARATION) {
            LocalDate start = LocalDate.ofInstant(takenAt, legalZone);
            if (separationUntil == null) {
                throw new CaseRuleViolation("separationUntil", "a temporary separation needs its end date");
            }
            if (separationUntil.isBefore(start) || separationUntil.isAfter(start.plusDays(MAX_SEPARATION_DAYS))) {
                throw new CaseRuleViolation("separationUntil",
                        "a temporary separation lasts at most " + MAX_SEPARATION_DAYS + " days unless extended");
            }
        } else if (separationUntil != null) {
            throw new CaseRuleViolation("separationUntil", "applies to a temporary separation only");
        }
        EmergencyMeasure measure = new EmergencyMeasure();
        measure.id = UUID.randomUUID();
        measure.caseId = caseId;
        measure.type = type;
        measure.takenAt = takenAt;
        measure.separationUntil = separationUntil;
        measure.notes = VietnameseText.nfc(notes);
        measure.decidedBy = decidedBy;
        return measure;
    }

    /**
     * Extends a temporary separation by the chair's decision, by at most another 15 days from its
     * current end, and only before that end has passed.
     */
    public void extendSeparation(LocalDate until, LocalDate today) {
        if (type != EmergencyMeasureType.TEMPORARY_SEPARATION) {
            throw new CaseRuleViolation("measureId", "only a temporary separation is extended");
        }
        if (today.isAfter(separationUntil)) {
            throw new CaseRuleViolation("until", "the separation ended on " + separationUntil + "; decide a new measure");
        }
        if (!until.isAfter(separationUntil) || until.isAfter(separationUntil.plusDays(MAX_SEPARATION_DAYS))) {
            throw new CaseRuleViolation("until", "an extension ends after " + separationUntil + " and at most "
                    + MAX_SEPARATION_DAYS + " days later");
        }
        separationUntil = until;
        extensions++;
    }

    public int extensions() {
        return extensions;
    }

    public UUID caseId() {
        return caseId;
    }

    public UUID id() {
        return id;
    }

    public EmergencyMeasureType type() {
        return type;
    }

    public Instant takenAt() {
        return takenAt;
    }

    public LocalDate separationUntil() {
        return separationUntil;
    }

    public String notes() {
        return notes;
    }

    public String decidedBy() {
        return decidedBy;
    }
}
