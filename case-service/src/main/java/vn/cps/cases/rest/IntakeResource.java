package vn.cps.cases.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cps.cases.domain.ChildCase;
import vn.cps.cases.service.IntakeService;
import vn.cps.platform.security.Roles;

@Path("/api/v1/intakes")
@Tag(name = "Intakes", description = "Reports and calls from hotline 111 and other channels")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class IntakeResource {

    private final IntakeService intakes;

    IntakeResource(IntakeService intakes) {
        this.intakes = intakes;
    }

    @POST
    @RolesAllowed(Roles.HOTLINE_OPERATOR)
    @Operation(summary = "Record a report of harm or risk to a child; opens a case in RECEIVED",
            description = "Role hotline-operator. The case gets a reference and an emergency deadline 12 hours after receipt.")
    @APIResponse(responseCode = "201", description = "Recorded; Location names the case")
    @APIResponse(responseCode = "400", description = "Malformed body or invalid fields (problem+json with violations)")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Role not allowed")
    @APIResponse(responseCode = "413", description = "Body too large")
    @APIResponse(responseCode = "415", description = "Not JSON")
    @APIResponse(responseCode = "422", description = "Breaks a rule: not a child, unknown province, outside jurisdiction")
    public Response receive(@NotNull @Valid IntakeRequest request) {
        ChildCase opened = intakes.receiveReportOfHarm(request.toReport());
        return Response.created(URI.create("/api/v1/cases/" + opened.id())).entity(IntakeAccepted.of(opened)).build();
    }
}
