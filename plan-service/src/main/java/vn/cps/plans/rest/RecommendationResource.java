package vn.cps.plans.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cps.plans.rest.InspectionResource.RecommendationView;
import vn.cps.plans.service.InspectionService;
import vn.cps.platform.security.Roles;
import vn.cps.platform.web.Responses;

@Path("/api/v1/recommendations")
@Tag(name = "Inspections", description = "Inspections (kiểm tra) and their recommendations (kiến nghị)")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PLAN_CONTRIBUTOR, Roles.PARTNER_SYSTEM, Roles.PLAN_MANAGER})
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "Role not allowed")
@APIResponse(responseCode = "422", description = "Your token carries no agency claim")
public class RecommendationResource {

    private final InspectionService inspections;

    RecommendationResource(InspectionService inspections) {
        this.inspections = inspections;
    }

    public record ResolutionRequest(@NotBlank @Size(max = 4000) String resolution) {
    }

    @GET
    @Operation(operationId = "listAgencyRecommendations",
            summary = "Recommendations assigned to your agency; open=true for those still to act on")
    @APIResponse(responseCode = "200", description = "The recommendations",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecommendationView.class, type = SchemaType.ARRAY)))
    public List<RecommendationView> mine(@QueryParam("open") @DefaultValue("true") boolean openOnly,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit) {
        return inspections.mine(openOnly, limit).stream().map(RecommendationView::of).toList();
    }

    @POST
    @Path("{id}/resolution")
    @Operation(operationId = "resolveRecommendation",
            summary = "Report how your agency acted on a recommendation; it is resolved (If-Match: its version)")
    @APIResponse(responseCode = "200", description = "The recommendation, resolved; ETag is its new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecommendationView.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = "The version, to send back in If-Match", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such recommendation for your agency")
    @APIResponse(responseCode = "409", description = "Resolved already")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response resolve(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ResolutionRequest r) {
        var resolved = inspections.resolve(id, ifMatch, r.resolution());
        return Responses.versioned(Response.ok(RecommendationView.of(resolved)), resolved.version()).build();
    }
}
