package vn.cps.cases.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.cps.cases.domain.ChildGroup;
import vn.cps.cases.domain.EmergencyMeasureType;
import vn.cps.cases.domain.PlanGoalsOutcome;
import vn.cps.cases.domain.RiskLevel;
import vn.cps.cases.domain.TimelineKind;

/** Request bodies of the steps of the case process. */
public final class ProcessRequests {

    private ProcessRequests() {
    }

    /** Initial assessment (Mẫu 02): a risk level per factor. */
    public record AssessmentRequest(
            @NotNull RiskLevel harmSeverity,
            @NotNull RiskLevel abuserAccess,
            @NotNull RiskLevel careEnvironment,
            @NotNull RiskLevel childCapacity,
            @NotNull Boolean emergencyNeeded,
            /* the groups of children in special circumstances (Art. 10) the child belongs to */
            @Size(max = 14) List<@NotNull ChildGroup> childGroups,
            @Size(max = 4000) String notes) {
    }

    /** Specific assessment and case meeting (Mẫu 03). */
    public record CaseMeetingRequest(
            @NotNull LocalDate heldOn,
            @NotEmpty @Size(max = 30) List<@NotNull @Pattern(regexp = "[A-Z0-9_-]{2,40}",
                    message = "must be an agency code such as POLICE-48") String> participants,
            @NotNull RiskLevel harmSeverity,
            @NotNull RiskLevel abuserAccess,
            @NotNull RiskLevel careEnvironment,
            @NotNull RiskLevel childCapacity,
            @NotBlank @Size(max = 4000) String conclusions) {
    }

    public record EmergencyMeasureRequest(
            @NotNull EmergencyMeasureType type,
            /* when it was taken; defaults to now */
            Instant takenAt,
            LocalDate separationUntil,
            @Size(max = 4000) String notes) {
    }

    public record PlanRequest(
            @NotBlank @Size(max = 4000) String goals,
            @NotEmpty @Size(max = 50) List<@NotNull @Valid ActionRequest> actions) {
    }

    public record ActionRequest(
            @NotBlank @Size(max = 2000) String description,
            @NotNull @Pattern(regexp = "[A-Z0-9_-]{2,40}", message = "must be an agency code such as POLICE-48") String agencyCode,
            /* the person who carries it out, when named */
            @Size(max = 128) String assignee,
            @NotNull @FutureOrPresent LocalDate dueDate) {
    }

    public record ExtensionRequest(@NotNull LocalDate until, @NotBlank @Size(max = 2000) String reason) {
    }

    public record DecisionRequest(@Size(max = 2000) String note) {
    }

    public record ReasonRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    /** The closure review (Mẫu 06); {@code planGoalsOutcome} says whether the support plan reached its goals. */
    public record ClosureRequest(@NotBlank @Size(max = 2000) String reason, PlanGoalsOutcome planGoalsOutcome) {
    }

    public record OutcomeRequest(@NotBlank @Size(max = 2000) String outcome) {
    }

    public record TimelineRequest(
            @NotNull TimelineKind kind,
            @NotBlank @Size(max = 4000) String text,
            @Size(max = 300) String documentName,
            UUID correctsEntryId) {
    }
}
