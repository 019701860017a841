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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cps.notification.service.Inbox;
import vn.cps.platform.security.Roles;

@Path("/api/v1/notifications")
@Tag(name = "Inbox", description = "Notifications for the people of a role in a jurisdiction")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.HOTLINE_OPERATOR, Roles.CASE_WORKER, Roles.CASE_APPROVER, Roles.CASE_SUPERVISOR,
        Roles.AGENCY_LIAISON, Roles.PLAN_MANAGER, Roles.PLAN_CONTRIBUTOR, Roles.AUDITOR, Roles.ADMIN})
public class NotificationResource {

    private final Inbox inbox;

    NotificationResource(Inbox inbox) {
        this.inbox = inbox;
    }

    @GET
    @Operation(operationId = "listNotifications", summary = "Your inbox, newest first",
            description = "Entries addressed to one of your roles in your jurisdiction or at your agency, with your own "
                    + "read state and unread count. Paginated with limit and cursor.")
    @APIResponse(responseCode = "200", description = "A page of the inbox with the unread count")
    @APIResponse(responseCode = "400", description = "Invalid limit or cursor")
    public NotificationPage list(
            @QueryParam("unread") @DefaultValue("false") boolean unreadOnly,
            @QueryParam("cursor") @Size(max = 200) String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        Inbox.Page page = inbox.list(unreadOnly, cursor, limit);
        return new NotificationPage(page.items().stream().map(NotificationView::of).toList(), page.nextCursor(),
                page.unread());
    }

    @POST
    @Path("{id}/read")
    @Operation(operationId = "markNotificationRead",
            summary = "Mark an entry of your inbox as read, for you (others holding the role keep theirs)")
    @APIResponse(responseCode = "200", description = "The entry, read")
    @APIResponse(responseCode = "404", description = "No such entry in your inbox")
    public NotificationView markRead(@PathParam("id") UUID id) {
        return NotificationView.of(inbox.markRead(id));
    }
}
