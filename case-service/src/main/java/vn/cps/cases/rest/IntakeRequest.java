package vn.cps.cases.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import vn.cps.cases.domain.CallerRelationship;
import vn.cps.cases.domain.Channel;
import vn.cps.cases.domain.HarmType;
import vn.cps.cases.domain.Sex;
import vn.cps.cases.service.ReportOfHarm;

/** A report of harm or risk to a child, as a receiving point records it. */
public record IntakeRequest(
        @NotNull Channel channel,
        /* when the report was received; defaults to now */
        Instant receivedAt,
        @NotNull CallerRelationship callerRelationship,
        @NotNull @Valid Child child,
        @NotNull @Valid LocationRequest location,
        @NotEmpty @Size(max = 9) Set<@NotNull HarmType> harmTypes,
        @NotBlank @Size(max = 4000) String summary) {

    public record Child(
            @NotBlank @Size(max = 200) String fullName,
            @NotNull Sex sex,
            @PastOrPresent LocalDate birthDate,
            @Min(0) @Max(15) Integer estimatedAge) {
    }

    public record LocationRequest(
            @NotNull @Pattern(regexp = "\\d{2}", message = "must be a 2-digit province code") String provinceCode,
            @NotNull @Pattern(regexp = "\\d{5}", message = "must be a 5-digit commune code") String communeCode) {
    }

    ReportOfHarm toReport() {
        return new ReportOfHarm(channel, receivedAt, callerRelationship, child.fullName(), child.sex(),
                child.birthDate(), child.estimatedAge(), location.provinceCode(), location.communeCode(), harmTypes,
                summary);
    }
}
