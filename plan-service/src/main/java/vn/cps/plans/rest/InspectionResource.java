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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cps.plans.domain.Inspection;
import vn.cps.plans.domain.Recommendation;
import vn.cps.plans.service.InspectionService;
import vn.cps.platform.reference.AdministrativeUnits;
import vn.cps.platform.security.Roles;

@Path("/api/v1/inspections")
@Tag(name = "Inspections", description = "Inspections (kiểm tra) and their recommendations (kiến nghị)")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PLAN_MANAGER, Roles.AUDITOR, Roles.ADMIN, Roles.CASE_SUPERVISOR})
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "Role not allowed")
public class InspectionResource {

    private final InspectionService inspections;

    InspectionResource(InspectionService inspections) {
        this.inspections = inspections;
    }

    public record InspectionRequest(
            @NotBlank @Size(max = 500) String title,
            @NotBlank @Size(max = 200) String inspectingAuthority,
            @NotNull @Pattern(regexp = "VN|\\d{2}|\\d{5}", message = "must be VN, a province or a commune code") String jurisdiction,
            @NotNull LocalDate conductedOn,
            @Size(max = 64) String documentReference,
            UUID planId) {
    }

    public record RecommendationRequest(
            @NotBlank @Size(max = 4000) String text,
            @NotNull @Pattern(regexp = "[A-Z0-9_-]{2,40}", message = "must be an agency code") String agencyCode,
            @NotNull LocalDate dueDate) {
    }

    public record InspectionView(UUID id, String title, String inspectingAuthority, String jurisdiction,
            String jurisdictionName, String recordedJurisdiction, LocalDate conductedOn, String documentReference, UUID planId) {

        static InspectionView of(Inspection i) {
            return new InspectionView(i.id(), i.title(), i.inspectingAuthority(), i.jurisdiction(),
                    AdministrativeUnits.fullName(i.jurisdiction()), i.recordedJurisdiction(), i.conductedOn(),
                    i.documentReference(), i.planId());
        }
    }

    /** A recommendation and its follow-up; {@code version} is the ETag to send with If-Match. */
    public record RecommendationView(UUID id, UUID inspectionId, String text, String agencyCode, LocalDate dueDate,
            String status, String resolution, Instant resolvedAt, long version) {

        static RecommendationView of(Recommendation r) {
            return new RecommendationView(r.id(), r.inspectionId(), r.text(), r.agencyCode(), r.dueDate(),
                    r.status().name(), r.resolution(), r.resolvedAt(), r.version());
        }
    }

    @POST
    @RolesAllowed(Roles.PLAN_MANAGER)
    @Operation(operationId = "recordInspection", summary = "Record an inspection of a jurisdiction's child-protection work")
    @APIResponse(responseCode = "201", description = "The inspection",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InspectionView.class)))
    @APIResponse(responseCode = "422", description = "Outside your jurisdiction, or in the future")
    public Response record(@NotNull @Valid InspectionRequest r) {
        return Response.status(Response.Status.CREATED).entity(InspectionView.of(inspections.record(r.title(),
                r.inspectingAuthority(), r.jurisdiction(), r.conductedOn(), r.documentReference(), r.planId()))).build();
    }

    @GET
    @Operation(operationId = "listInspections", summary = "Inspections of your jurisdiction, newest first")
    @APIResponse(responseCode = "200", description = "The inspections, newest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InspectionView.class, type = SchemaType.ARRAY)))
    public List<InspectionView> list(@QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit) {
        return inspections.list(limit).stream().map(InspectionView::of).toList();
    }

    @GET
    @Path("{id}/recommendations")
    @Operation(operationId = "listInspectionRecommendations",
            summary = "The recommendations of an inspection and their follow-up")
    @APIResponse(responseCode = "200", description = "The recommendations",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecommendationView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", description = "No such inspection visible to you")
    public List<RecommendationView> recommendations(@PathParam("id") UUID id) {
        return inspections.recommendations(id).stream().map(RecommendationView::of).toList();
    }

    @POST
    @Path("{id}/recommendations")
    @RolesAllowed(Roles.PLAN_MANAGER)
    @Operation(operationId = "issueRecommendation", summary = "Issue a recommendation to an agency with a due date")
    @APIResponse(responseCode = "201", description = "The recommendation",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecommendationView.class)))
    @APIResponse(responseCode = "404", description = "No such inspection visible to you")
    public Response recommend(@PathParam("id") UUID id, @NotNull @Valid RecommendationRequest r) {
        return Response.status(Response.Status.CREATED).entity(RecommendationView.of(
                inspections.recommend(id, r.text(), r.agencyCode(), r.dueDate()))).build();
    }
}
