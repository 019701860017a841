package vn.cps.cases.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import vn.cps.platform.text.VietnameseText;

/**
 * A transfer (chuyển tuyến) of a case to another commune, when the child moved or the hotline
 * forwards it to the right commune. The sender owns the case until the receiver accepts.
 */
@Entity
@Table(name = "case_transfer")
public class CaseTransfer {

    @Id
    private UUID id;

    @Column(name = "case_id", nullable = false)
    private UUID caseId;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "provinceCode", column = @Column(name = "from_province_code")),
        @AttributeOverride(name = "communeCode", column = @Column(name = "from_commune_code"))})
    private Location from;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "provinceCode", column = @Column(name = "to_province_code")),
        @AttributeOverride(name = "communeCode", column = @Column(name = "to_commune_code"))})
    private Location to;

    @Column(nullable = false, length = 2000)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TransferStatus status;

    @Column(name = "requested_by", nullable = false)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_note", length = 2000)
    private String decisionNote;

    @Version
    private long version;

    protected CaseTransfer() {
    }

    public static CaseTransfer request(ChildCase c, Location to, String reason, String userId, Instant now) {
        if (c.isEnded()) {
            throw new CaseRuleViolation("status", "a " + c.status() + " case is not transferred; reopen it first");
        }
        if (to.communeCode().equals(c.communeCode())) {
            throw new CaseRuleViolation("toCommuneCode", "is the commune that owns the case already");
        }
        CaseTransfer t = new CaseTransfer();
        t.id = UUID.randomUUID();
        t.caseId = c.id();
        t.from = new Location(c.provinceCode(), c.communeCode());
        t.to = to;
        t.reason = VietnameseText.nfc(reason);
        t.status = TransferStatus.PENDING;
        t.requestedBy = userId;
        t.requestedAt = now;
        return t;
    }

    /** The receiver accepts and owns the case from now on. */
    public void accept(ChildCase c, String userId, String note, Instant now) {
        decide(TransferStatus.ACCEPTED, userId, note, now);
        c.moveTo(to, now);
    }

    public void decline(String userId, String note, Instant now) {
        decide(TransferStatus.DECLINED, userId, note, now);
    }

    private void decide(TransferStatus outcome, String userId, String note, Instant now) {
        if (status != TransferStatus.PENDING) {
            throw new CaseRuleViolation("status", "the transfer is " + status + " already");
        }
        status = outcome;
        decidedBy = userId;
        decidedAt = now;
        decisionNote = VietnameseText.nfc(note);
    }

    public UUID id() {
        return id;
    }

    public UUID caseId() {
        return caseId;
    }

    public Location from() {
        return from;
    }

    public Location to() {
        return to;
    }

    public String reason() {
        return reason;
    }

    public TransferStatus status() {
        return status;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String decisionNote() {
        return decisionNote;
    }

    public long version() {
        return version;
    }
}
