package vn.cps.notification.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cps.notification.domain.DeadlineReminder;
import vn.cps.notification.service.DeadlineReminders;
import vn.cps.platform.security.Roles;

@Path("/api/v1/reminders")
@Tag(name = "Deadline reminders", description = "Reminders before the legal deadlines of a case")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CASE_WORKER, Roles.CASE_APPROVER, Roles.CASE_SUPERVISOR, Roles.AUDITOR, Roles.ADMIN})
public class ReminderResource {

    private final DeadlineReminders reminders;

    ReminderResource(DeadlineReminders reminders) {
        this.reminders = reminders;
    }

    public record ReminderView(UUID id, UUID caseId, String caseReference, String deadline, Instant dueAt,
            Instant remindAt, String status, String statusReason) {

        static ReminderView of(DeadlineReminder r) {
            return new ReminderView(r.id(), r.caseId(), r.caseReference(), r.deadline(), r.dueAt(), r.remindAt(),
                    r.status().name(), r.statusReason());
        }
    }

    @GET
    @Operation(operationId = "listReminders",
            summary = "The reminders of a case: when each goes out, and whether it was sent or cancelled")
    @APIResponse(responseCode = "200", description = "The case's reminders, by due time")
    @APIResponse(responseCode = "400", description = "caseId is missing or not a UUID")
    @APIResponse(responseCode = "404", description = "No reminders of such a case in your jurisdiction")
    public List<ReminderView> ofCase(@QueryParam("caseId") @NotNull UUID caseId) {
        return reminders.ofCase(caseId).stream().map(ReminderView::of).toList();
    }
}
