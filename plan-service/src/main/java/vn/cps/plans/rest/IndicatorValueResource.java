package vn.cps.plans.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cps.plans.domain.IndicatorValue;
import vn.cps.plans.service.PlanService;
import vn.cps.platform.idempotency.IdempotencyKeys;
import vn.cps.platform.security.Roles;
import vn.cps.platform.web.Responses;

@Path("/api/v1/indicator-values")
@Tag(name = "Indicator values", description = "Values per indicator, jurisdiction and year, that targets are read against")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class IndicatorValueResource {

    private final PlanService plans;

    IndicatorValueResource(PlanService plans) {
        this.plans = plans;
    }

    public record ValueRequest(
            @NotBlank @Size(max = 20) String indicatorCode,
            @NotNull @Pattern(regexp = "VN|\\d{2}|\\d{5}", message = "must be VN, a province or a commune code") String jurisdiction,
            @NotNull @Min(2000) @Max(2100) Integer year,
            /* Y (default) the year, H1 January-June, H2 July-December */
            @Pattern(regexp = "Y|H1|H2", message = "must be Y, H1 or H2") String period,
            @NotNull BigDecimal value,
            /* where the figure comes from; required for a denominator such as the child population (I-X01) */
            @Size(max = 500) String sourceNote) {
    }

    public record ValueView(UUID id, String indicatorCode, String jurisdiction, int year, String period, BigDecimal value,
            BigDecimal numerator, BigDecimal denominator, String source, String sourceNote, Instant recordedAt) {

        static ValueView of(IndicatorValue v) {
            return new ValueView(v.id(), v.indicatorCode(), v.jurisdiction(), v.year(), v.period(), v.value(),
                    v.numerator(), v.denominator(), v.source().name(), v.sourceNote(), v.recordedAt());
        }
    }

    /** Values in the order they were recorded; the last one is the value of the period. */
    public record ValuePage(List<ValueView> items) {
    }

    @GET
    // not analysts: commune figures here are not suppressed; analysts read reporting-service's statistics
    @RolesAllowed({Roles.PLAN_MANAGER, Roles.PLAN_CONTRIBUTOR, Roles.CASE_SUPERVISOR, Roles.AUDITOR,
            Roles.ADMIN})
    @Operation(operationId = "listIndicatorValues",
            summary = "The values recorded for an indicator, jurisdiction, year and period, oldest first",
            description = "Reported, measured from cases (reporting-service) and computed shares alike; the last is the value "
                    + "that counts. At most `limit` of the latest.")
    @APIResponse(responseCode = "200", description = "The values, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ValuePage.class)))
    @APIResponse(responseCode = "400", description = "Invalid parameters")
    @APIResponse(responseCode = "422", description = "A jurisdiction that is not in force, or outside yours")
    public ValuePage list(
            @QueryParam("indicator") @NotBlank @Size(max = 20) String indicator,
            @QueryParam("jurisdiction") @NotNull @Pattern(regexp = "VN|\\d{2}|\\d{5}", message = "must be VN, a province or a commune code") String jurisdiction,
            @QueryParam("year") @NotNull @Min(2000) @Max(2100) Integer year,
            @QueryParam("period") @DefaultValue("Y") @Pattern(regexp = "Y|H1|H2", message = "must be Y, H1 or H2") String period,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit) {
        return new ValuePage(plans.values(indicator, jurisdiction, year, period, limit).stream().map(ValueView::of)
                .toList());
    }

    @POST
    @RolesAllowed({Roles.PLAN_CONTRIBUTOR, Roles.PLAN_MANAGER, Roles.PARTNER_SYSTEM})
    @Operation(operationId = "recordIndicatorValue",
            summary = "Report a value; targets reading it are re-evaluated, and one falling behind is announced",
            description = "With Idempotency-Key a retry (e.g. by a partner system) returns the first record.")
    @APIResponse(responseCode = "201", description = "The value recorded (or, on a retry with the same Idempotency-Key, the first record)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ValueView.class)),
            headers = @Header(name = Responses.IDEMPOTENT_REPLAYED, description = "true when an Idempotency-Key returned the first record", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Role not allowed")
    @APIResponse(responseCode = "422", description = "Outside your jurisdiction")
    public Response record(@HeaderParam("Idempotency-Key") @Pattern(regexp = IdempotencyKeys.KEY_PATTERN,
                    message = "must be 8 to 200 letters, digits or . _ : -") String idempotencyKey,
            @NotNull @Valid ValueRequest r) {
        var result = plans.recordValue(new PlanService.ReportedValue(r.indicatorCode(), r.jurisdiction(), r.year(),
                r.period(), r.value(), r.sourceNote()), idempotencyKey);
        return Responses.created(result.replayed()).entity(ValueView.of(result.record())).build();
    }
}
