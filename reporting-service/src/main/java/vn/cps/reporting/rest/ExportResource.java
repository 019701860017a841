package vn.cps.reporting.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cps.platform.security.Roles;
import vn.cps.reporting.service.Exports;
import vn.cps.reporting.service.Statistics;

@Path("/api/v1")
@Tag(name = "Exports", description = "CSV and XLSX files, small figures always suppressed")
@RolesAllowed({Roles.ANALYST, Roles.CASE_SUPERVISOR})
public class ExportResource {

    static final String CSV = "text/csv; charset=utf-8";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Exports exports;

    ExportResource(Exports exports) {
        this.exports = exports;
    }

    @GET
    @Path("exports/cases")
    @Produces({CSV, XLSX})
    @Operation(operationId = "exportCases",
            summary = "A case statistics query as a CSV or XLSX file",
            description = "The parameters of GET /api/v1/statistics/cases, plus format. Column labels in Vietnamese "
                    + "and English, UTF-8; hidden figures are written as x.")
    @APIResponse(responseCode = "200",
            description = "The file, as an attachment named cases-<from>-<to>-<groupBy>.csv or .xlsx", content = {
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response cases(@QueryParam("format") @DefaultValue("csv") @Pattern(regexp = "csv|xlsx",
            message = "must be csv or xlsx") String format, @BeanParam @Valid StatisticsParams params) {
        return export(Statistics.CASES, format, params, "cases");
    }

    @GET
    @Path("exports/intakes")
    @Produces({CSV, XLSX})
    @Operation(operationId = "exportIntakes",
            summary = "An intake statistics query as a CSV or XLSX file",
            description = "The parameters of GET /api/v1/statistics/intakes, plus format. Column labels in Vietnamese "
                    + "and English, UTF-8; hidden figures are written as x.")
    @APIResponse(responseCode = "200",
            description = "The file, as an attachment named intakes-<from>-<to>-<groupBy>.csv or .xlsx", content = {
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response intakes(@QueryParam("format") @DefaultValue("csv") @Pattern(regexp = "csv|xlsx",
            message = "must be csv or xlsx") String format, @BeanParam @Valid StatisticsParams params) {
        return export(Statistics.INTAKES, format, params, "intakes");
    }

    private Response export(String subject, String format, StatisticsParams params, String name) {
        Exports.Format f = Exports.Format.valueOf(format.toUpperCase());
        byte[] file = exports.statistics(subject, params.query(), f);
        return file(file, f, name + "-" + params.from + "-" + params.to + "-" + params.groupBy);
    }

    @GET
    @Path("reports/provinces/{province}")
    @Produces({CSV, XLSX})
    @Operation(operationId = "downloadProvinceReport",
            summary = "A province's 6-monthly (half=1|2) or yearly report in the fixed layout",
            description = "Cases by harm type, sex, age band and outcome; deadline compliance; referrals by agency; "
                    + "time to closure. Inside your jurisdiction only.")
    @APIResponse(responseCode = "200",
            description = "The report, as an attachment named report-<province>-<year>[-H<half>].csv or .xlsx", content = {
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "422", description = "A province outside your jurisdiction")
    public Response provinceReport(@PathParam("province") @Pattern(regexp = "\\d{2}",
                    message = "must be a 2-digit province code") String province,
            @QueryParam("year") @NotNull @Min(2016) @Max(2100) Integer year,
            @QueryParam("half") @Min(1) @Max(2) Integer half,
            @QueryParam("format") @DefaultValue("xlsx") @Pattern(regexp = "csv|xlsx",
                    message = "must be csv or xlsx") String format) {
        Exports.Format f = Exports.Format.valueOf(format.toUpperCase());
        byte[] file = exports.provinceReport(province, year, half, f);
        return file(file, f, "report-" + province + "-" + year + (half == null ? "" : "-H" + half));
    }

    private static Response file(byte[] file, Exports.Format format, String name) {
        return Response.ok(file, format == Exports.Format.CSV ? CSV : XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + name + "."
                        + format.name().toLowerCase() + "\"")
                .build();
    }
}
