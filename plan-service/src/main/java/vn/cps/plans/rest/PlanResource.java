package vn.cps.plans.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cps.plans.domain.Plan;
import vn.cps.plans.domain.TargetDirection;
import vn.cps.plans.service.PlanService;
import vn.cps.platform.idempotency.IdempotencyKeys;
import vn.cps.platform.reference.AdministrativeUnits;
import vn.cps.platform.security.Roles;
import vn.cps.platform.web.Responses;

@Path("/api/v1/plans")
@Tag(name = "Plans", description = "Child-protection plans (kế hoạch) with their targets")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PLAN_MANAGER, Roles.PLAN_CONTRIBUTOR, Roles.ANALYST, Roles.CASE_SUPERVISOR, Roles.AUDITOR,
        Roles.ADMIN})
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "Role not allowed")
public class PlanResource {

    private static final String JURISDICTION = "VN|\\d{2}|\\d{5}";

    private final PlanService plans;

    PlanResource(PlanService plans) {
        this.plans = plans;
    }

    public record PlanRequest(
            @NotBlank @Size(max = 64) String number,
            @NotBlank @Size(max = 500) String title,
            @NotBlank @Size(max = 200) String issuingAuthority,
            @NotNull @Pattern(regexp = JURISDICTION, message = "must be VN, a province or a commune code") String jurisdiction,
            @NotNull @Min(2000) @Max(2100) Integer periodStartYear,
            @NotNull @Min(2000) @Max(2100) Integer periodEndYear,
            UUID parentPlanId,
            @Size(max = 200) String implementsDocument,
            @Size(max = 4000) String purposes,
            @NotNull @Size(max = 5) List<@NotNull @Pattern(regexp = "STATE_BUDGET|MOBILISED",
                    message = "must be STATE_BUDGET or MOBILISED") String> fundingSources) {
    }

    public record TargetRequest(
            @NotBlank @Size(max = 20) String indicatorCode,
            @Size(max = 500) String name,
            @NotNull @Pattern(regexp = JURISDICTION, message = "must be VN, a province or a commune code") String jurisdiction,
            @NotNull @Min(2000) @Max(2100) Integer periodStartYear,
            @NotNull @Min(2000) @Max(2100) Integer periodEndYear,
            @NotNull TargetDirection direction,
            @NotNull @DecimalMin("0") BigDecimal targetValue,
            @NotBlank @Size(max = 64) String unit,
            @DecimalMin("0") BigDecimal baseline,
            UUID contributesTo) {
    }

    public record IssueRequest(LocalDate issueDate) {
    }

    /** jurisdiction is where the plan lies today; recordedJurisdiction as its document names it (a code of before 2025 too). */
    public record PlanView(UUID id, String number, String title, String issuingAuthority, String jurisdiction,
            String jurisdictionName, String recordedJurisdiction, LocalDate issueDate, int periodStartYear, int periodEndYear, String status, UUID parentPlanId,
            String implementsDocument, String purposes, List<String> fundingSources, int revisions, long version) {

        static PlanView of(Plan p) {
            return new PlanView(p.id(), p.number(), p.title(), p.issuingAuthority(), p.jurisdiction(),
                    AdministrativeUnits.fullName(p.jurisdiction()), p.recordedJurisdiction(), p.issueDate(),
                    p.periodStartYear(), p.periodEndYear(), p.status().name(), p.parentPlanId(),
                    p.implementsDocument(), p.purposes(), p.fundingSources(), p.revisions(), p.version());
        }
    }

    public record TargetView(UUID id, String indicatorCode, String name, String jurisdiction, String jurisdictionName,
            String recordedJurisdiction, int periodStartYear,
            int periodEndYear, String direction, BigDecimal targetValue, String unit, BigDecimal baseline,
            UUID contributesTo, BigDecimal actual, BigDecimal goal, BigDecimal expected, String trend, String status) {

        static TargetView of(PlanService.TrackedTarget tracked) {
            var t = tracked.target();
            var e = tracked.evaluation();
            return new TargetView(t.id(), t.indicatorCode(), t.name(), t.jurisdiction(),
                    AdministrativeUnits.fullName(t.jurisdiction()), t.recordedJurisdiction(), t.periodStartYear(),
                    t.periodEndYear(), t.direction().name(), t.targetValue(), t.unit(), t.baseline(), t.contributesTo(),
                    e.actual(), e.goal(), e.expected(), e.trend().name(), e.status().name());
        }
    }

    private static Response tagged(Response.ResponseBuilder builder, Plan p) {
        return Responses.versioned(builder.entity(PlanView.of(p)), p.version()).build();
    }

    @POST
    @RolesAllowed(Roles.PLAN_MANAGER)
    @Operation(operationId = "draftPlan",
            summary = "Draft a plan in your jurisdiction; with Idempotency-Key a retry returns the first draft")
    @APIResponse(responseCode = "201", description = "The draft (or, on a retry with the same Idempotency-Key, the first draft); ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanView.class)),
            headers = {@Header(name = HttpHeaders.ETAG, description = "The version, to send back in If-Match", schema = @Schema(type = SchemaType.STRING)), @Header(name = Responses.IDEMPOTENT_REPLAYED, description = "true when an Idempotency-Key returned the first record", schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "409", description = "A plan with this number exists in this jurisdiction")
    @APIResponse(responseCode = "422", description = "Outside your jurisdiction, period reversed, unknown parent")
    public Response draft(@HeaderParam("Idempotency-Key") @Pattern(regexp = IdempotencyKeys.KEY_PATTERN,
                    message = "must be 8 to 200 letters, digits or . _ : -") String idempotencyKey,
            @NotNull @Valid PlanRequest r) {
        var result = plans.draft(new PlanService.Draft(r.number(), r.title(), r.issuingAuthority(), r.jurisdiction(),
                r.periodStartYear(), r.periodEndYear(), r.parentPlanId(), r.implementsDocument(), r.purposes(),
                r.fundingSources()), idempotencyKey);
        return tagged(Responses.created(result.replayed()), result.record());
    }

    @GET
    @Operation(operationId = "listPlans", summary = "National plans and the plans of your jurisdiction")
    @APIResponse(responseCode = "200", description = "The plans",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanView.class, type = SchemaType.ARRAY)))
    public List<PlanView> list(@QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit) {
        return plans.list(limit).stream().map(PlanView::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "readPlan", summary = "One plan")
    @APIResponse(responseCode = "200", description = "The plan; ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanView.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = "The version, to send back in If-Match", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such plan visible to you")
    public Response read(@PathParam("id") UUID id) {
        return tagged(Response.ok(), plans.read(id));
    }

    @POST
    @Path("{id}/issuance")
    @RolesAllowed(Roles.PLAN_MANAGER)
    @Operation(operationId = "issuePlan", summary = "Issue a draft plan (If-Match required)")
    @APIResponse(responseCode = "200", description = "The plan, issued; ETag is its new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanView.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = "The version, to send back in If-Match", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "409", description = "Not a draft")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response issue(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid IssueRequest r) {
        return tagged(Response.ok(), plans.issue(id, ifMatch, r == null ? null : r.issueDate()));
    }

    public record RevisionRequest(@NotBlank @Size(max = 2000) String note) {
    }

    @POST
    @Path("{id}/revision")
    @RolesAllowed(Roles.PLAN_MANAGER)
    @Operation(operationId = "revisePlan",
            summary = "Revise a plan in force (If-Match required); it stays in force as REVISED")
    @APIResponse(responseCode = "200", description = "The plan, revised; ETag is its new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanView.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = "The version, to send back in If-Match", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "409", description = "Not in force")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response revise(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid RevisionRequest r) {
        return tagged(Response.ok(), plans.revise(id, ifMatch, r.note()));
    }

    @POST
    @Path("{id}/closure")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.PLAN_MANAGER)
    @Operation(operationId = "closePlan", summary = "Close a plan in force (If-Match required)")
    @APIResponse(responseCode = "200", description = "The plan, closed; ETag is its new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanView.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = "The version, to send back in If-Match", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "409", description = "A draft, or closed already")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response close(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return tagged(Response.ok(), plans.close(id, ifMatch));
    }

    @POST
    @Path("{id}/targets")
    @RolesAllowed(Roles.PLAN_MANAGER)
    @Operation(operationId = "addTarget",
            summary = "Add a target: an indicator, a jurisdiction, a period, a value with direction and baseline")
    @APIResponse(responseCode = "201", description = "The target, evaluated against the values recorded so far",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TargetView.class)))
    @APIResponse(responseCode = "422", description = "Outside the plan's period or your jurisdiction; a reduction without baseline")
    public Response addTarget(@PathParam("id") UUID id, @NotNull @Valid TargetRequest r) {
        var target = plans.addTarget(id, new PlanService.NewTarget(r.indicatorCode(), r.name(), r.jurisdiction(),
                r.periodStartYear(), r.periodEndYear(), r.direction(), r.targetValue(), r.unit(), r.baseline(),
                r.contributesTo()));
        var tracked = plans.targets(id).stream().filter(t -> t.target().id().equals(target.id())).findFirst().orElseThrow();
        return Response.status(Response.Status.CREATED).entity(TargetView.of(tracked)).build();
    }

    @GET
    @Path("{id}/targets")
    @Operation(operationId = "listTargets",
            summary = "The plan's targets with their actual value, trend and status (on track, at risk, met, missed)")
    @APIResponse(responseCode = "200", description = "The targets",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TargetView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", description = "No such plan visible to you")
    public List<TargetView> targets(@PathParam("id") UUID id) {
        return plans.targets(id).stream().map(TargetView::of).toList();
    }
}
