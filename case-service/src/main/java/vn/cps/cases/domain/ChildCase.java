package vn.cps.cases.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import vn.cps.platform.security.Scoped;

/** A child protection case (hồ sơ) opened from a report of harm or risk. */
@Entity
@Table(name = "child_case")
public class ChildCase implements Scoped {

    @Id
    private UUID id;

    @Column(nullable = false, unique = true, length = 20)
    private String reference;

    @OneToOne(optional = false)
    @JoinColumn(name = "intake_id", nullable = false, unique = true)
    private Intake intake;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CaseStatus status;

    @Column(name = "province_code", nullable = false, length = 2)
    private String provinceCode;

    @Column(name = "commune_code", nullable = false, length = 5)
    private String communeCode;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    /** Emergency measures are due within 12 hours of receiving the report (Decree 56/2017, Art. 26). */
    @Column(name = "emergency_deadline", nullable = false)
    private Instant emergencyDeadline;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Version
    private long version;

    protected ChildCase() {
    }

    /** Opens a case in {@link CaseStatus#RECEIVED} from a report of harm; the emergency clock runs from receipt. */
    public static ChildCase openFrom(Intake intake, CaseReference reference, Duration emergencyWindow, Instant now) {
        ChildCase opened = new ChildCase();
        opened.id = UUID.randomUUID();
        opened.reference = reference.value();
        opened.intake = intake;
        opened.status = CaseStatus.RECEIVED;
        opened.provinceCode = intake.provinceCode();
        opened.communeCode = intake.communeCode();
        opened.receivedAt = intake.receivedAt();
        opened.emergencyDeadline = intake.receivedAt().plus(emergencyWindow);
        opened.openedAt = now;
        return opened;
    }

    public UUID id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public Intake intake() {
        return intake;
    }

    public CaseStatus status() {
        return status;
    }

    @Override
    public String provinceCode() {
        return provinceCode;
    }

    @Override
    public String communeCode() {
        return communeCode;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Instant emergencyDeadline() {
        return emergencyDeadline;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public long version() {
        return version;
    }
}
