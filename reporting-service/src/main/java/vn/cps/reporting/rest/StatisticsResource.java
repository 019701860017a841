package vn.cps.reporting.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cps.platform.problem.ProblemException;
import vn.cps.platform.security.Roles;
import vn.cps.reporting.domain.CaseDimension;
import vn.cps.reporting.service.CaseStatistics;

@Path("/api/v1/statistics")
@Tag(name = "Statistics", description = "Aggregates built from events; never case details")
@Produces(MediaType.APPLICATION_JSON)
public class StatisticsResource {

    private final CaseStatistics statistics;

    StatisticsResource(CaseStatistics statistics) {
        this.statistics = statistics;
    }

    @GET
    @Path("cases")
    @RolesAllowed({Roles.ANALYST, Roles.CASE_SUPERVISOR})
    @Operation(summary = "Cases received in a period, grouped by province, harm type or sex",
            description = "Dates are dates of receipt in Vietnam (Asia/Ho_Chi_Minh), both inclusive. "
                    + "Only cases inside your jurisdiction are counted.")
    @APIResponse(responseCode = "200", description = "The counts")
    @APIResponse(responseCode = "400", description = "Missing or malformed parameter")
    @APIResponse(responseCode = "422", description = "to before from, or the period is too long")
    public CaseCountsView cases(
            @QueryParam("from") @NotNull @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "must be a date YYYY-MM-DD") String from,
            @QueryParam("to") @NotNull @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "must be a date YYYY-MM-DD") String to,
            @QueryParam("groupBy") @NotNull @Pattern(regexp = "province|harmType|sex",
                    message = "must be one of province, harmType, sex") String groupBy) {
        return CaseCountsView.of(statistics.count(date("from", from), date("to", to), CaseDimension.fromParameter(groupBy)));
    }

    private static LocalDate date(String field, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.unprocessable(field, "is not a calendar date");
        }
    }
}
