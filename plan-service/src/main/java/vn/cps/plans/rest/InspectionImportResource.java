package vn.cps.plans.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
import vn.cps.plans.domain.Inspection;
import vn.cps.plans.service.InspectionService;
import vn.cps.platform.security.Roles;

/** The inspections of the documents this project started from, loaded as records with their recommendations. */
@Path("/api/v1/inspection-imports")
@Tag(name = "Inspections", description = "Inspections (kiểm tra) and their recommendations (kiến nghị)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.WILDCARD)
public class InspectionImportResource {

    private final InspectionService inspections;

    InspectionImportResource(InspectionService inspections) {
        this.inspections = inspections;
    }

    @POST
    @Path("{fixture}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "importInspection", summary = "Load a seed inspection (binh-phuoc-2023) with its recommendations to the agencies it names",
            description = "National administrators only, once per inspection. The province is kept as recorded (70 "
                    + "Bình Phước) and the inspection lies in today's unit (75 Đồng Nai).")
    @APIResponse(responseCode = "201", description = "The imported inspection",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InspectionResource.InspectionView.class)),
            headers = @Header(name = HttpHeaders.LOCATION, description = "The imported inspection", schema = @Schema(type = SchemaType.STRING, format = "uri")))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Role not allowed")
    @APIResponse(responseCode = "404", description = "No such seed inspection")
    @APIResponse(responseCode = "409", description = "Imported already")
    @APIResponse(responseCode = "422", description = "Not a national caller")
    public Response importInspection(@PathParam("fixture") String fixture) {
        Inspection i = inspections.importFixture(fixture);
        return Response.created(URI.create("/api/v1/inspections/" + i.id()))
                .entity(InspectionResource.InspectionView.of(i)).build();
    }
}
