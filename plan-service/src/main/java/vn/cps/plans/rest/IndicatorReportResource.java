package vn.cps.plans.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cps.plans.domain.IndicatorReport;
import vn.cps.plans.service.IndicatorReports;
import vn.cps.platform.security.Roles;

@Path("/api/v1/indicator-reports")
@Tag(name = "Indicator reports", description = "A jurisdiction's indicators for a year or half-year against its targets")
// not analysts: commune figures here are not suppressed; analysts read reporting-service's statistics
@RolesAllowed({Roles.PLAN_MANAGER, Roles.PLAN_CONTRIBUTOR, Roles.CASE_SUPERVISOR, Roles.AUDITOR,
        Roles.ADMIN})
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "Role not allowed")
public class IndicatorReportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String CSV = "text/csv; charset=UTF-8";

    private final IndicatorReports reports;

    IndicatorReportResource(IndicatorReports reports) {
        this.reports = reports;
    }

    @GET
    @Path("{jurisdiction}")
    @Produces({XLSX, CSV})
    @Operation(operationId = "downloadIndicatorReport", summary = "The indicator report of a jurisdiction for a year (period=Y) or half-year (H1, H2), XLSX or CSV",
            description = "One row per target of the jurisdiction's plans covering the year (value of the period, goal, "
                    + "status, trend against the previous period), then one per other indicator with a value; the XLSX "
                    + "adds a line chart per targeted indicator (yearly values against the goal). Vietnamese labels.")
    @APIResponse(responseCode = "200", description = "The file, as an attachment (XLSX by default, CSV with format=csv)",
            content = {@Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, format = "binary"))},
            headers = @Header(name = "Content-Disposition", description = "attachment; filename=\"…\"",
                    schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "Invalid jurisdiction code, year, period or format")
    @APIResponse(responseCode = "404", description = "A jurisdiction outside yours")
    @APIResponse(responseCode = "422", description = "A unit not in force (a former one: what it became)")
    public Response report(
            @PathParam("jurisdiction") @Pattern(regexp = "VN|\\d{2}|\\d{5}",
                    message = "must be VN, a province or a commune code") String jurisdiction,
            @QueryParam("year") @NotNull @Min(2000) @Max(2100) Integer year,
            @QueryParam("period") @DefaultValue("Y") @Pattern(regexp = "Y|H1|H2", message = "must be Y, H1 or H2")
            String period,
            @QueryParam("format") @DefaultValue("xlsx") @Pattern(regexp = "xlsx|csv", message = "must be xlsx or csv")
            String format) {
        IndicatorReports.ReportFile file = reports.file(jurisdiction, year, IndicatorReport.Period.valueOf(period),
                IndicatorReports.Format.valueOf(format.toUpperCase()));
        return Response.ok(file.content(), file.format() == IndicatorReports.Format.CSV ? CSV : XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"")
                .build();
    }
}
