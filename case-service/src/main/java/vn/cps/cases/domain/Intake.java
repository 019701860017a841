package vn.cps.cases.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.cps.platform.security.Scoped;
import vn.cps.platform.text.VietnameseText;

/** One report or call (Mẫu 01), whether or not it becomes a case. */
@Entity
@Table(name = "intake")
public class Intake implements Scoped {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Channel channel;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private IntakeCategory category;

    @Enumerated(EnumType.STRING)
    @Column(name = "caller_relationship", nullable = false)
    private CallerRelationship callerRelationship;

    @Embedded
    private ReporterContact reporter;

    // lazy: a case reaches its own child directly, so case lists never load the intake's children
    @OneToMany(cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
    @JoinColumn(name = "intake_id", nullable = false, updatable = false)
    @OrderBy("ordinal")
    private List<IntakeChild> children = new ArrayList<>();

    @Embedded
    private Location location;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "intake_harm_type", joinColumns = @JoinColumn(name = "intake_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "harm_type", nullable = false)
    private Set<HarmType> harmTypes;

    @Column(length = 4000)
    private String summary;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Intake() {
    }

    /**
     * Any intake. A report of harm needs at least one child, the place and at least one harm type;
     * other categories record what the caller gave. At most {@link IntakeChild#MAX_PER_REPORT} children.
     */
    public static Intake record(IntakeCategory category, Channel channel, Instant receivedAt,
            CallerRelationship callerRelationship, ReporterContact reporter, List<ChildDetails> children, Location location,
            Set<HarmType> harmTypes, String summary, String recordedBy, Instant now) {
        if (receivedAt.isAfter(now.plusSeconds(300))) {
            throw new CaseRuleViolation("receivedAt", "must not be in the future");
        }
        if (category == IntakeCategory.REPORT_OF_HARM && (children.isEmpty() || location == null || harmTypes == null
                || harmTypes.isEmpty())) {
            throw new CaseRuleViolation("category", "a report of harm names the child, the place and the harm");
        }
        if (children.size() > IntakeChild.MAX_PER_REPORT) {
            throw new CaseRuleViolation("children", "a report names at most " + IntakeChild.MAX_PER_REPORT + " children");
        }
        Intake intake = new Intake();
        intake.id = UUID.randomUUID();
        intake.category = category;
        intake.channel = channel;
        intake.receivedAt = receivedAt;
        intake.callerRelationship = callerRelationship;
        intake.reporter = reporter;
        for (ChildDetails child : children) {
            intake.children.add(new IntakeChild(intake.children.size(), child));
        }
        intake.location = location;
        intake.harmTypes = harmTypes == null || harmTypes.isEmpty() ? EnumSet.noneOf(HarmType.class)
                : EnumSet.copyOf(harmTypes);
        intake.summary = VietnameseText.nfc(summary);
        intake.recordedBy = recordedBy;
        intake.recordedAt = now;
        return intake;
    }

    public boolean opensCase() {
        return category == IntakeCategory.REPORT_OF_HARM;
    }

    public IntakeCategory category() {
        return category;
    }

    public ReporterContact reporter() {
        return reporter;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public UUID id() {
        return id;
    }

    public Channel channel() {
        return channel;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public CallerRelationship callerRelationship() {
        return callerRelationship;
    }

    /** The children named, in the order the report gave them; empty when the caller named none. */
    public List<IntakeChild> children() {
        return List.copyOf(children);
    }

    public Location location() {
        return location;
    }

    public Set<HarmType> harmTypes() {
        return harmTypes;
    }

    public String summary() {
        return summary;
    }

    /** Null when the caller gave no place. */
    @Override
    public String provinceCode() {
        return location == null ? null : location.provinceCode();
    }

    @Override
    public String communeCode() {
        return location == null ? null : location.communeCode();
    }
}
