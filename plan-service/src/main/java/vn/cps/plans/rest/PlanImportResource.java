package vn.cps.plans.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cps.plans.domain.Plan;
import vn.cps.plans.service.PlanImport;
import vn.cps.platform.security.Roles;

@Path("/api/v1/plan-imports")
@Tag(name = "Plans", description = "Child-protection plans (kế hoạch) with their targets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.WILDCARD)
public class PlanImportResource {

    private final PlanImport imports;

    PlanImportResource(PlanImport imports) {
        this.imports = imports;
    }

    @POST
    @Path("{fixture}")
    @RolesAllowed({Roles.ADMIN, Roles.PLAN_MANAGER})
    @Operation(operationId = "importPlan", summary = "Load a seed plan (e.g. quang-nam-2023) with its targets and tasks, as an issued plan",
            description = "A plan of a province as recorded (quang-nam-2023, bac-ninh-women-union-2023) is imported by "
                    + "national administrators, once; it keeps its province as recorded and lies in today's unit. A template "
                    + "that names no province (molisa-1506-2018) is adopted with ?jurisdiction= by a plan manager acting "
                    + "for that jurisdiction, once per jurisdiction.")
    @APIResponse(responseCode = "201", description = "The imported plan, issued",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanResource.PlanView.class)),
            headers = @Header(name = HttpHeaders.LOCATION, description = "The imported plan", schema = @Schema(type = SchemaType.STRING, format = "uri")))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Role not allowed")
    @APIResponse(responseCode = "404", description = "No such seed plan")
    @APIResponse(responseCode = "409", description = "Imported already")
    @APIResponse(responseCode = "422", description = "Not a national caller; a template without jurisdiction, or one "
            + "outside yours or not in force")
    public Response importPlan(@PathParam("fixture") String fixture,
            @QueryParam("jurisdiction") @Pattern(regexp = "VN|\\d{2}|\\d{5}", message = "must be VN, a province or a commune code")
            String jurisdiction) {
        Plan p = imports.importFixture(fixture, jurisdiction);
        return Response.created(URI.create("/api/v1/plans/" + p.id())).entity(PlanResource.PlanView.of(p)).build();
    }
}
