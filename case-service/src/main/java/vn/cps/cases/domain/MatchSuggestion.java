package vn.cps.cases.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A possible earlier case of the same child, found when a case opened; an officer decides. */
@Entity
@Table(name = "case_match_suggestion")
public class MatchSuggestion {

    /** Why two cases may be the same child. */
    public enum Reason { SAME_PERSONAL_ID, SAME_NAME_BIRTH_YEAR_COMMUNE }

    public enum Status { SUGGESTED, CONFIRMED, REJECTED }

    @Id
    private UUID id;

    @Column(name = "case_id", nullable = false)
    private UUID caseId;

    @Column(name = "candidate_case_id", nullable = false)
    private UUID candidateCaseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Reason reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected MatchSuggestion() {
    }

    public MatchSuggestion(UUID caseId, UUID candidateCaseId, Reason reason) {
        this.id = UUID.randomUUID();
        this.caseId = caseId;
        this.candidateCaseId = candidateCaseId;
        this.reason = reason;
        this.status = Status.SUGGESTED;
    }

    public void decide(boolean confirmed, String userId, Instant now) {
        if (status != Status.SUGGESTED) {
            throw new CaseRuleViolation("status", "the suggestion was " + status + " already");
        }
        status = confirmed ? Status.CONFIRMED : Status.REJECTED;
        decidedBy = userId;
        decidedAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID caseId() {
        return caseId;
    }

    public UUID candidateCaseId() {
        return candidateCaseId;
    }

    public Reason reason() {
        return reason;
    }

    public Status status() {
        return status;
    }

    public Instant decidedAt() {
        return decidedAt;
    }
}
