package vn.cps.cases.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Embedded;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import vn.cps.platform.text.VietnameseText;

/**
 * The specific risk assessment and the case meeting convened by the commune chair (Mẫu 03 and its
 * minutes): who took part, the risk per factor after gathering information, and the conclusions.
 */
@Entity
@Table(name = "case_meeting")
public class CaseMeeting {

    @Id
    private UUID id;

    @Column(name = "case_id", nullable = false)
    private UUID caseId;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    /** Comma-separated agency codes of the participants. */
    @Column(nullable = false, length = 1000)
    private String participants;

    @Embedded
    private RiskFactors factors;

    @Column(nullable = false, length = 4000)
    private String conclusions;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected CaseMeeting() {
    }

    public CaseMeeting(UUID caseId, LocalDate heldOn, List<String> participants, RiskFactors factors,
            String conclusions, String recordedBy, Instant recordedAt, LocalDate today) {
        if (heldOn.isAfter(today)) {
            throw new CaseRuleViolation("heldOn", "a meeting is recorded after it was held");
        }
        this.id = UUID.randomUUID();
        this.caseId = caseId;
        this.heldOn = heldOn;
        this.participants = String.join(",", participants);
        this.factors = factors;
        this.conclusions = VietnameseText.nfc(conclusions);
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public RiskLevel overall() {
        return factors.overall();
    }

    public UUID id() {
        return id;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public List<String> participants() {
        return participants.isBlank() ? List.of() : Arrays.asList(participants.split(","));
    }

    public String conclusions() {
        return conclusions;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
