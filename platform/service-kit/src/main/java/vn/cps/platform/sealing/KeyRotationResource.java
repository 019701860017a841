package vn.cps.platform.sealing;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;
import vn.cps.platform.security.Caller;
import vn.cps.platform.security.Roles;

/**
 * Key rotation of the sealed fields, in the services that seal ({@code cps.sealing.at-rest=true} at
 * build time). Internal: the ingress does not route {@code /api/v1/admin}.
 */
@Path("/api/v1/admin/keys/rotation")
@Tag(name = "Administration", description = "Operations on the service itself: internal, not routed by the ingress")
@Produces(MediaType.APPLICATION_JSON)
@IfBuildProperty(name = "cps.sealing.at-rest", stringValue = "true")
public class KeyRotationResource {

    private static final Logger LOG = Logger.getLogger(KeyRotationResource.class);

    private final Resealing resealing;
    private final Caller caller;

    KeyRotationResource(Resealing resealing, Caller caller) {
        this.resealing = resealing;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "rotateSealingKey",
            summary = "Reseal every sealed field under the active key",
            description = "Run after a new key is added to CPS_SEALING_KEYS and made CPS_SEALING_ACTIVE_KEY, and every "
                    + "replica restarted with it. Values sealed under older keys, and values stored before sealing, are "
                    + "resealed table by table, one transaction per batch; the old key may leave the ring once every "
                    + "table answers unreadable 0. Safe to repeat and to run on several replicas at once.")
    @APIResponse(responseCode = "200", description = "What each table needed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Resealing.Result.class)))
    public Resealing.Result rotate() {
        Resealing.Result result = resealing.resealAll();
        LOG.infof("Key rotation by %s: every sealed field now under key %s: %s", caller.userId(), result.activeKey(),
                result.tables());
        return result;
    }
}
