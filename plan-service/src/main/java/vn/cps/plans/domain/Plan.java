package vn.cps.plans.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A child-protection plan (kế hoạch), e.g. {@code 1297/KH-UBND}: issued by an authority for a
 * jurisdiction and a period, implementing a parent plan or a decision or directive.
 */
@Entity
@Table(name = "plan")
public class Plan {

    @Id
    private UUID id;

    /** Number and symbol, e.g. 1297/KH-UBND. */
    @Column(nullable = false)
    private String number;

    @Column(nullable = false, length = 500)
    private String title;

    @Column(name = "issuing_authority", nullable = false)
    private String issuingAuthority;

    /** VN, or a province code. */
    @Column(nullable = false)
    private String jurisdiction;

    /** The jurisdiction as the document records it; {@link #jurisdiction} is where it lies today. */
    @Column(name = "recorded_jurisdiction", nullable = false)
    private String recordedJurisdiction;

    @Column(name = "issue_date")
    private LocalDate issueDate;

    @Column(name = "period_start_year", nullable = false)
    private int periodStartYear;

    @Column(name = "period_end_year", nullable = false)
    private int periodEndYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PlanStatus status;

    @Column(name = "parent_plan_id")
    private UUID parentPlanId;

    /** The decision or directive implemented, by reference, e.g. QĐ 23/QĐ-TTg. */
    @Column(name = "implements_document")
    private String implementsDocument;

    @Column(length = 4000)
    private String purposes;

    /** Comma-separated: STATE_BUDGET, MOBILISED. */
    @Column(name = "funding_sources", nullable = false)
    private String fundingSources;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private int revisions;

    @Column(name = "last_revision_note", length = 2000)
    private String lastRevisionNote;

    @Version
    private long version;

    protected Plan() {
    }

    public static Plan draft(String number, String title, String issuingAuthority, String jurisdiction,
            int periodStartYear, int periodEndYear, UUID parentPlanId, String implementsDocument, String purposes,
            List<String> fundingSources, String userId, Instant now) {
        if (periodEndYear < periodStartYear) {
            throw new PlanRuleViolation("periodEndYear", "must not be before periodStartYear");
        }
        Plan p = new Plan();
        p.id = UUID.randomUUID();
        p.number = number.strip();
        p.title = title.strip();
        p.issuingAuthority = issuingAuthority.strip();
        PlacedJurisdiction placed = PlacedJurisdiction.of(jurisdiction);
        p.jurisdiction = placed.current();
        p.recordedJurisdiction = placed.recorded();
        p.periodStartYear = periodStartYear;
        p.periodEndYear = periodEndYear;
        p.status = PlanStatus.DRAFT;
        p.parentPlanId = parentPlanId;
        p.implementsDocument = implementsDocument;
        p.purposes = purposes;
        p.fundingSources = String.join(",", fundingSources);
        p.createdBy = userId;
        p.createdAt = now;
        return p;
    }

    /** Issues the plan on a date; only a draft is issued. */
    public void issue(LocalDate on) {
        if (status != PlanStatus.DRAFT) {
            throw new PlanRuleViolation("status", "only a draft is issued; this plan is " + status);
        }
        status = PlanStatus.ISSUED;
        issueDate = on;
    }

    /** A revision of a plan in force (e.g. after a mid-year review); it stays in force as REVISED. */
    public void revise(String note) {
        if (status != PlanStatus.ISSUED && status != PlanStatus.REVISED) {
            throw new PlanRuleViolation("status", "only a plan in force is revised; this plan is " + status);
        }
        status = PlanStatus.REVISED;
        revisions++;
        lastRevisionNote = note;
    }

    /** Closes the plan at the end of its work; its targets and tasks stay as they are. */
    public void close() {
        if (status == PlanStatus.CLOSED || status == PlanStatus.DRAFT) {
            throw new PlanRuleViolation("status", "only a plan in force is closed; this plan is " + status);
        }
        status = PlanStatus.CLOSED;
    }

    public int revisions() {
        return revisions;
    }

    public String lastRevisionNote() {
        return lastRevisionNote;
    }

    /** Targets can be set while the plan is a draft or in force. */
    public void requireOpenForTargets() {
        if (status == PlanStatus.CLOSED) {
            throw new PlanRuleViolation("status", "the plan is closed");
        }
    }

    public boolean covers(int year) {
        return year >= periodStartYear && year <= periodEndYear;
    }

    public UUID id() {
        return id;
    }

    public String number() {
        return number;
    }

    public String title() {
        return title;
    }

    public String issuingAuthority() {
        return issuingAuthority;
    }

    public String jurisdiction() {
        return jurisdiction;
    }

    public String recordedJurisdiction() {
        return recordedJurisdiction;
    }

    public LocalDate issueDate() {
        return issueDate;
    }

    public int periodStartYear() {
        return periodStartYear;
    }

    public int periodEndYear() {
        return periodEndYear;
    }

    public PlanStatus status() {
        return status;
    }

    public UUID parentPlanId() {
        return parentPlanId;
    }

    public String implementsDocument() {
        return implementsDocument;
    }

    public String purposes() {
        return purposes;
    }

    public List<String> fundingSources() {
        return fundingSources.isBlank() ? List.of() : Arrays.asList(fundingSources.split(","));
    }

    public long version() {
        return version;
    }
}
