package vn.cps.notification.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cps.notification.domain.Channel;
import vn.cps.notification.domain.Delivery;
import vn.cps.notification.domain.LoggedDelivery;
import vn.cps.notification.service.Deliveries;
import vn.cps.platform.security.Roles;

@Path("/api/v1/deliveries")
@Tag(name = "Delivery log", description = "Every email, SMS and webhook sent, retried or given up")
@Produces(MediaType.APPLICATION_JSON)
public class DeliveryResource {

    private final Deliveries deliveries;

    DeliveryResource(Deliveries deliveries) {
        this.deliveries = deliveries;
    }

    /** One delivery; the address is masked, the content is the notification's (type, reference, deadline, link). */
    public record DeliveryView(UUID id, UUID notificationId, String notificationType, String trigger, String channel,
            String recipientUser, UUID webhookId, String agencyCode, String address, UUID caseId, String caseReference,
            String provinceCode, String status, int attempts, String lastError, Instant createdAt,
            Instant nextAttemptAt, Instant finishedAt) {
    }

    public record DeliveryPage(List<DeliveryView> items, String nextCursor) {
    }

    static DeliveryView view(LoggedDelivery logged) {
        Delivery d = logged.delivery();
        var n = logged.notification();
        return new DeliveryView(d.id(), n.id(), n.type(), n.trigger(), d.channel().name(), d.recipientUser(),
                d.webhookId(), n.recipientAgency(), mask(d), n.caseId(), n.caseReference(), n.provinceCode(),
                d.status().name(), d.attempts(), d.lastError(), d.createdAt(), d.nextAttemptAt(), d.finishedAt());
    }

    /** Enough to tell addresses apart, not to harvest them. */
    private static String mask(Delivery d) {
        String a = d.address();
        return switch (d.channel()) {
            case EMAIL -> {
                int at = a.indexOf('@');
                yield at <= 1 ? "***" + a.substring(Math.max(at, 0)) : a.charAt(0) + "***" + a.substring(at);
            }
            case SMS -> a.length() <= 3 ? "***" : "***" + a.substring(a.length() - 3);
            default -> a;
        };
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    @Operation(operationId = "listDeliveries", summary = "The delivery log, newest first",
            description = "Filter by status (PENDING, DELIVERED, DEAD), channel, notification or case. A national "
                    + "caller sees every province, a provincial one its own.")
    @APIResponse(responseCode = "200", description = "A page of deliveries")
    @APIResponse(responseCode = "400", description = "Unknown status or channel, invalid limit")
    public DeliveryPage log(@QueryParam("status") Delivery.Status status, @QueryParam("channel") Channel channel,
            @QueryParam("notificationId") UUID notificationId, @QueryParam("caseId") UUID caseId,
            @QueryParam("cursor") @Size(max = 200) String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        Deliveries.LogPage page = deliveries.log(status, channel, notificationId, caseId, cursor, limit);
        return new DeliveryPage(page.items().stream().map(DeliveryResource::view).toList(), page.nextCursor());
    }

    @POST
    @Path("{id}/retry")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "retryDelivery", summary = "Send a dead (given-up) delivery again from its first attempt")
    @APIResponse(responseCode = "200", description = "The delivery, pending again")
    @APIResponse(responseCode = "404", description = "No such delivery in your scope")
    @APIResponse(responseCode = "409", description = "The delivery is not dead")
    public DeliveryView retry(@PathParam("id") UUID id) {
        return view(deliveries.retry(id));
    }
}
