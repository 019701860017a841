package vn.cps.cases.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import vn.cps.platform.text.VietnameseText;

/**
 * A referral (chuyển gửi) of a case, or of one plan action, to an agency: police, a health
 * facility, a school, a court, a social work centre, the women's union. The loop closes when the
 * agency accepts and records the outcome, or declines, or the officer withdraws it.
 */
@Entity
@Table(name = "referral")
public class Referral {

    @Id
    private UUID id;

    @Column(name = "case_id", nullable = false)
    private UUID caseId;

    @Column(name = "plan_action_id")
    private UUID planActionId;

    @Column(name = "agency_code", nullable = false)
    private String agencyCode;

    @Column(nullable = false, length = 2000)
    private String reason;

    @Column(name = "response_due", nullable = false)
    private Instant responseDue;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReferralStatus status;

    @Column(name = "requested_by", nullable = false)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "responded_by")
    private String respondedBy;

    @Column(name = "responded_at")
    private Instant respondedAt;

    @Column(name = "response_note", length = 2000)
    private String responseNote;

    @Column(length = 2000)
    private String outcome;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    private long version;

    protected Referral() {
    }

    public static Referral request(UUID caseId, UUID planActionId, String agencyCode, String reason, Instant responseDue,
            String userId, Instant now) {
        if (!responseDue.isAfter(now)) {
            throw new CaseRuleViolation("responseDue", "must be in the future");
        }
        Referral r = new Referral();
        r.id = UUID.randomUUID();
        r.caseId = caseId;
        r.planActionId = planActionId;
        r.agencyCode = agencyCode;
        r.reason = VietnameseText.nfc(reason);
        r.responseDue = responseDue;
        r.status = ReferralStatus.REQUESTED;
        r.requestedBy = userId;
        r.requestedAt = now;
        return r;
    }

    private void move(Set<ReferralStatus> from, ReferralStatus to) {
        if (!from.contains(status)) {
            throw new CaseRuleViolation("status", "a referral that is " + status + " cannot become " + to);
        }
        status = to;
    }

    public void accept(String userId, String note, Instant now) {
        move(EnumSet.of(ReferralStatus.REQUESTED), ReferralStatus.ACCEPTED);
        respond(userId, note, now);
    }

    public void decline(String userId, String reasonForDecline, Instant now) {
        move(EnumSet.of(ReferralStatus.REQUESTED), ReferralStatus.DECLINED);
        respond(userId, reasonForDecline, now);
        closedAt = now;
    }

    public void withdraw(Instant now) {
        move(EnumSet.of(ReferralStatus.REQUESTED, ReferralStatus.ACCEPTED), ReferralStatus.WITHDRAWN);
        closedAt = now;
    }

    public void complete(String result, Instant now) {
        move(EnumSet.of(ReferralStatus.ACCEPTED), ReferralStatus.COMPLETED);
        outcome = VietnameseText.nfc(result);
        closedAt = now;
    }

    private void respond(String userId, String note, Instant now) {
        respondedBy = userId;
        respondedAt = now;
        responseNote = VietnameseText.nfc(note);
    }

    /** Whether the agency may see the referred case now. */
    /**
     * Whether the agency may see the facts of the case it needs to act: only while the referral is
     * open (requested or accepted), not once it is declined, withdrawn or completed.
     */
    public boolean showsCaseTo(String agency) {
        return agencyCode.equals(agency) && (status == ReferralStatus.REQUESTED || status == ReferralStatus.ACCEPTED);
    }

    public boolean grantsAccessTo(String agency) {
        return agencyCode.equals(agency) && ReferralStatus.GRANTS_ACCESS.contains(status);
    }

    public UUID id() {
        return id;
    }

    public UUID caseId() {
        return caseId;
    }

    public UUID planActionId() {
        return planActionId;
    }

    public String agencyCode() {
        return agencyCode;
    }

    public String reason() {
        return reason;
    }

    public Instant responseDue() {
        return responseDue;
    }

    public ReferralStatus status() {
        return status;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Instant respondedAt() {
        return respondedAt;
    }

    public String responseNote() {
        return responseNote;
    }

    public String outcome() {
        return outcome;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public long version() {
        return version;
    }
}
