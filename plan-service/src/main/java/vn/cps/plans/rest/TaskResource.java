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
import java.math.BigDecimal;
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
import vn.cps.plans.domain.PlanTask;
import vn.cps.plans.domain.ProgressReport;
import vn.cps.plans.service.TaskService;
import vn.cps.platform.security.Roles;

@Path("/api/v1/tasks")
@Tag(name = "Tasks", description = "Tasks of plans with lead and coordinating agencies, and their progress reports")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "Role not allowed")
public class TaskResource {

    private static final String AGENCY = "[A-Z0-9_-]{2,40}";

    private final TaskService tasks;

    TaskResource(TaskService tasks) {
        this.tasks = tasks;
    }

    public record TaskRequest(
            @NotBlank @Size(max = 1000) String title,
            @NotNull @Pattern(regexp = AGENCY, message = "must be an agency code") String leadAgency,
            @NotNull @Size(max = 30) List<@NotNull @Pattern(regexp = AGENCY, message = "must be an agency code") String> coordinatingAgencies,
            @NotNull LocalDate dueDate,
            @Min(1) @Max(60) Integer recurrenceMonths) {
    }

    public record ProgressRequest(@NotBlank @Size(max = 4000) String text, BigDecimal figure, boolean done) {
    }

    public record TaskView(UUID id, UUID planId, String title, String leadAgency, List<String> coordinatingAgencies,
            LocalDate dueDate, Integer recurrenceMonths, String status, Instant lastReportAt) {

        static TaskView of(PlanTask t) {
            return new TaskView(t.id(), t.planId(), t.title(), t.leadAgency(), t.coordinatingAgencies(), t.dueDate(),
                    t.recurrenceMonths(), t.status().name(), t.lastReportAt());
        }
    }

    public record ReportView(UUID id, UUID taskId, String agencyCode, String text, BigDecimal figure,
            Instant reportedAt) {

        static ReportView of(ProgressReport r) {
            return new ReportView(r.id(), r.taskId(), r.agencyCode(), r.text(), r.figure(), r.reportedAt());
        }
    }

    @GET
    @RolesAllowed({Roles.PLAN_CONTRIBUTOR, Roles.PARTNER_SYSTEM, Roles.PLAN_MANAGER})
    @Operation(operationId = "listAgencyTasks",
            summary = "Your agency's tasks (lead or coordinating), by due date; overdue=true for the late ones")
    @APIResponse(responseCode = "200", description = "The tasks, by due date",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TaskView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "422", description = "Your token carries no agency claim")
    public List<TaskView> mine(@QueryParam("overdue") @DefaultValue("false") boolean overdue,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit) {
        return tasks.mine(overdue, limit).stream().map(TaskView::of).toList();
    }

    @POST
    @Path("{taskId}/progress")
    @RolesAllowed({Roles.PLAN_CONTRIBUTOR, Roles.PARTNER_SYSTEM, Roles.PLAN_MANAGER})
    @Operation(operationId = "reportTaskProgress", summary = "Report progress on a task your agency leads or coordinates",
            description = "A report of the lead agency on a recurring task moves it to its next due date; done closes a one-off task.")
    @APIResponse(responseCode = "201", description = "The report",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "404", description = "No such task for your agency")
    @APIResponse(responseCode = "409", description = "The task is done or cancelled")
    public Response report(@PathParam("taskId") UUID taskId, @NotNull @Valid ProgressRequest r) {
        return Response.status(Response.Status.CREATED)
                .entity(ReportView.of(tasks.report(taskId, r.text(), r.figure(), r.done()))).build();
    }

    @GET
    @Path("{taskId}/progress")
    @RolesAllowed({Roles.PLAN_MANAGER, Roles.PLAN_CONTRIBUTOR, Roles.ANALYST, Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "listProgressReports", summary = "The progress reports of a task")
    @APIResponse(responseCode = "200", description = "The progress reports",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportView.class, type = SchemaType.ARRAY)))
    public List<ReportView> reports(@PathParam("taskId") UUID taskId) {
        return tasks.reports(taskId).stream().map(ReportView::of).toList();
    }
}
