package vn.cps.cases.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cps.cases.domain.ChildCase;
import vn.cps.cases.domain.Deadline;
import vn.cps.platform.reference.AdministrativeUnits;

/** Case details for callers in scope. Reporter identity is not part of this view. */
public record CaseView(
        UUID id,
        String reference,
        String status,
        String provinceCode,
        String provinceName,
        String communeCode,
        String communeName,
        Instant receivedAt,
        Instant emergencyDeadline,
        List<DeadlineView> deadlines,
        String riskLevel,
        int planCycles,
        String channel,
        String callerRelationship,
        Child child,
        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
        Reporter reporter,
        List<String> harmTypes,
        String summary,
        @Schema(description = "The household or incident: the cases opened from one report share it; see listRelatedCases")
        UUID incidentGroupId,
        long version) {

    @Schema(name = "CaseChild", description = "The child of the case")
    public record Child(String fullName, String sex, LocalDate birthDate, Integer estimatedAge) {
    }

    /** Who reported; present only for the roles that may see it. */
    @Schema(name = "CaseReporter", description = "Who reported; present only for the roles that may see it")
    public record Reporter(String name, String phone, String address) {

        static Reporter of(vn.cps.cases.domain.ReporterContact r) {
            return r == null ? null : new Reporter(r.name(), r.phone(), r.address());
        }
    }

    /** A legal deadline and where it stands now: MET, MISSED, DUE_SOON, PENDING or NOT_APPLICABLE. */
    public record DeadlineView(String name, Instant dueAt, Instant metAt, String status) {

        static DeadlineView of(Deadline d) {
            return new DeadlineView(d.name(), d.dueAt(), d.metAt(), d.status().name());
        }
    }

    static CaseView of(ChildCase c, List<Deadline> deadlines, boolean showReporter) {
        var intake = c.intake();
        var child = c.child();
        return new CaseView(c.id(), c.reference(), c.status().name(), c.provinceCode(),
                AdministrativeUnits.fullName(c.provinceCode()), c.communeCode(), AdministrativeUnits.fullName(c.communeCode()),
                c.receivedAt(), c.emergencyDeadline(), deadlines.stream().map(DeadlineView::of).toList(),
                c.riskLevel() == null ? null : c.riskLevel().name(), c.planCycles(),
                intake.channel().name(), intake.callerRelationship().name(),
                new Child(child.fullName(), child.sex().name(), child.birthDate(), child.estimatedAge()),
                showReporter ? Reporter.of(intake.reporter()) : null,
                intake.harmTypes().stream().map(Enum::name).sorted().toList(), intake.summary(), c.incidentGroupId(),
                c.version());
    }
}
