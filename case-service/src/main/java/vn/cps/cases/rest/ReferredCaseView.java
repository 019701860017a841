package vn.cps.cases.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cps.cases.domain.ChildCase;
import vn.cps.cases.domain.PlanAction;
import vn.cps.cases.service.ReferralService;
import vn.cps.platform.reference.AdministrativeUnits;

/**
 * What an agency sees of a case it was referred (least privilege): the facts needed to act and the
 * referral's reason. Never the reporter, the report's summary, the assessment, the timeline or, for a
 * referral of one plan action, the plan's other actions.
 */
@Schema(description = "An agency's view of a referred case: the facts needed to act, never the reporter, the summary, "
        + "the assessment notes, the timeline or other plan actions")
public record ReferredCaseView(
        UUID referralId,
        @Schema(description = "REFERRED_CASE for a referral of the case, REFERRED_ACTION for a referral of one plan action")
        String view,
        String referralStatus,
        String reason,
        Instant responseDue,
        UUID caseId,
        String caseReference,
        String provinceCode,
        String provinceName,
        String communeCode,
        String communeName,
        ReferredChild child,
        List<String> harmTypes,
        String riskLevel,
        @Schema(description = "The plan action referred; null for a referral of the case") ReferredAction action) {

    @Schema(description = "The child, as far as an agency needs: name, sex and age in years")
    public record ReferredChild(String fullName, String sex, int age) {
    }

    @Schema(description = "The one plan action the agency is asked to carry out")
    public record ReferredAction(UUID id, String description, LocalDate dueDate, String status) {

        static ReferredAction of(PlanAction a) {
            return new ReferredAction(a.id(), a.description(), a.dueDate(), a.status().name());
        }
    }

    static ReferredCaseView of(ReferralService.ReferredCase referred) {
        var r = referred.referral();
        ChildCase c = referred.childCase();
        var child = c.child();
        return new ReferredCaseView(r.id(), referred.action() == null ? "REFERRED_CASE" : "REFERRED_ACTION",
                r.status().name(), r.reason(), r.responseDue(), c.id(), c.reference(), c.provinceCode(),
                AdministrativeUnits.fullName(c.provinceCode()), c.communeCode(), AdministrativeUnits.fullName(c.communeCode()),
                new ReferredChild(child.fullName(), child.sex().name(), referred.childAge()),
                c.intake().harmTypes().stream().map(Enum::name).sorted().toList(),
                c.riskLevel() == null ? null : c.riskLevel().name(),
                referred.action() == null ? null : ReferredAction.of(referred.action()));
    }
}
