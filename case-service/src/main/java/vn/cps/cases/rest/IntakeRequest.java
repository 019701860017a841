package vn.cps.cases.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cps.cases.domain.CallerRelationship;
import vn.cps.cases.domain.Channel;
import vn.cps.cases.domain.HarmType;
import vn.cps.cases.domain.IntakeCategory;
import vn.cps.cases.domain.Sex;
import vn.cps.cases.service.IntakeReport;

/**
 * A call or report as a receiving point records it. {@code category} defaults to REPORT_OF_HARM,
 * which needs the children, the place, the harm types and a summary, and opens one case per child.
 * {@code child} is the one-child form of {@code children} that earlier clients send; not both.
 */
@HarmReportComplete
public record IntakeRequest(
        @NotNull Channel channel,
        IntakeCategory category,
        /* when the report was received; defaults to now */
        Instant receivedAt,
        @NotNull CallerRelationship callerRelationship,
        @Valid Reporter reporter,
        @Schema(description = "The one child the report is about: the same as children with one entry. Give child or children, not both.")
        @Valid Child child,
        @Schema(description = "The children the report is about (siblings, a household, a class), up to 10; a report of harm opens one case per child. An empty list is the same as none (generated clients send one).")
        @Size(max = 10) List<@NotNull @Valid Child> children,
        @Valid LocationRequest location,
        @Size(max = 9) Set<@NotNull HarmType> harmTypes,
        @Size(max = 4000) String summary) {

    @Schema(name = "IntakeChild", description = "The child the report is about")
    public record Child(
            @NotBlank @Size(max = 200) String fullName,
            @NotNull Sex sex,
            @PastOrPresent LocalDate birthDate,
            @Min(0) @Max(15) Integer estimatedAge,
            @Pattern(regexp = "\\d{12}", message = "must be the 12-digit personal identification number") String personalId) {
    }

    /** The commune determines the province; a province given with it must be the commune's own. */
    public record LocationRequest(
            @Pattern(regexp = "\\d{2}", message = "must be a 2-digit province code") String provinceCode,
            @NotNull @Pattern(regexp = "\\d{5}", message = "must be a 5-digit commune code") String communeCode) {
    }

    /** The reporter's contact, confidential. */
    @Schema(name = "IntakeReporter", description = "The reporter's contact, confidential: shown only to the roles that need it")
    public record Reporter(
            @Size(max = 200) String name,
            @Pattern(regexp = "\\+?[0-9 .-]{6,20}", message = "must be a phone number") String phone,
            @Size(max = 500) String address) {
    }

    IntakeCategory categoryOrDefault() {
        return category == null ? IntakeCategory.REPORT_OF_HARM : category;
    }

    /** The children named, whichever of the two forms the client used. */
    List<Child> namedChildren() {
        if (children != null && !children.isEmpty()) {
            return children;
        }
        return child == null ? List.of() : List.of(child);
    }

    IntakeReport toReport() {
        return new IntakeReport(categoryOrDefault(), channel, receivedAt, callerRelationship,
                reporter == null ? null : reporter.name(), reporter == null ? null : reporter.phone(),
                reporter == null ? null : reporter.address(),
                namedChildren().stream().map(c -> new IntakeReport.Child(c.fullName(), c.sex(), c.birthDate(),
                        c.estimatedAge(), c.personalId())).toList(),
                location == null ? null : location.provinceCode(), location == null ? null : location.communeCode(),
                harmTypes, summary);
    }
}
