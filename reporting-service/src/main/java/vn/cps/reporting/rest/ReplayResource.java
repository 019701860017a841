package vn.cps.reporting.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cps.platform.security.Roles;
import vn.cps.reporting.service.ReadModelReplay;

@Path("/api/v1/admin/read-models/replay")
@Tag(name = "Administration", description = "Read models rebuilt from the events")
@Produces(MediaType.APPLICATION_JSON)
public class ReplayResource {

    private final ReadModelReplay replay;

    ReplayResource(ReadModelReplay replay) {
        this.replay = replay;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "replayReadModels",
            summary = "Replay cps.case.events from the start into fresh tables and compare with the live ones",
            description = "Reads the topic up to its end at the moment of the call, applies every event to fresh "
                    + "copies of the read-model tables, compares them row for row, then drops them. identical=true "
                    + "proves the statistics are built from the events alone. Takes as long as the topic is long.")
    @APIResponse(responseCode = "200", description = "Records read and the comparison per table")
    public ReadModelReplay.Result replay() {
        return replay.run();
    }
}
