package vn.cps.plans.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cps.plans.service.TaskService;
import vn.cps.platform.security.Roles;

/** Assigning the tasks of a plan, and listing them. */
@Path("/api/v1/plans/{id}/tasks")
@Tag(name = "Tasks", description = "Tasks of plans with lead and coordinating agencies, and their progress reports")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "Role not allowed")
public class PlanTaskResource {

    private final TaskService tasks;

    PlanTaskResource(TaskService tasks) {
        this.tasks = tasks;
    }

    @POST
    @RolesAllowed(Roles.PLAN_MANAGER)
    @Operation(operationId = "assignTask",
            summary = "Assign a task of the plan to a lead agency and coordinating agencies, once or recurring")
    @APIResponse(responseCode = "201", description = "The task",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TaskResource.TaskView.class)))
    @APIResponse(responseCode = "404", description = "No such plan in your jurisdiction")
    @APIResponse(responseCode = "422", description = "The lead agency also listed as coordinating")
    public Response assign(@PathParam("id") UUID planId, @NotNull @Valid TaskResource.TaskRequest r) {
        return Response.status(Response.Status.CREATED).entity(TaskResource.TaskView.of(tasks.assign(planId, r.title(),
                r.leadAgency(), r.coordinatingAgencies(), r.dueDate(), r.recurrenceMonths()))).build();
    }

    @GET
    @RolesAllowed({Roles.PLAN_MANAGER, Roles.PLAN_CONTRIBUTOR, Roles.ANALYST, Roles.CASE_SUPERVISOR, Roles.AUDITOR,
            Roles.ADMIN})
    @Operation(operationId = "listPlanTasks", summary = "The tasks of a plan")
    @APIResponse(responseCode = "200", description = "The tasks of the plan",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TaskResource.TaskView.class, type = SchemaType.ARRAY)))
    public List<TaskResource.TaskView> ofPlan(@PathParam("id") UUID planId) {
        return tasks.ofPlan(planId).stream().map(TaskResource.TaskView::of).toList();
    }

}
