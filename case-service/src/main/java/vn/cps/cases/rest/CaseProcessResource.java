package vn.cps.cases.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cps.cases.domain.ChildCase;
import vn.cps.cases.domain.RiskFactors;
import vn.cps.cases.domain.SupportPlan;
import vn.cps.cases.domain.ChildGroup;
import vn.cps.cases.rest.ProcessRequests.AssessmentRequest;
import vn.cps.cases.rest.ProcessRequests.ClosureRequest;
import vn.cps.cases.rest.ProcessRequests.DecisionRequest;
import vn.cps.cases.rest.ProcessRequests.EmergencyMeasureRequest;
import vn.cps.cases.rest.ProcessRequests.OutcomeRequest;
import vn.cps.cases.rest.ProcessRequests.PlanRequest;
import vn.cps.cases.rest.ProcessRequests.ReasonRequest;
import vn.cps.cases.rest.ProcessViews.ActionView;
import vn.cps.cases.rest.ProcessViews.MeasureView;
import vn.cps.cases.rest.ProcessViews.PlanView;
import vn.cps.cases.service.CaseProcess;
import vn.cps.cases.service.CaseService;
import vn.cps.platform.security.Roles;

/**
 * The steps of Decree 56/2017. Every step needs {@code If-Match} with the case's ETag (428 without
 * it, 412 when stale); a step the state does not allow answers 409 naming the allowed ones.
 */
@Path("/api/v1/cases/{id}")
@Tag(name = "Case process", description = "Assessment, emergency measures, plans, closure (Decree 56/2017)")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "Role not allowed")
@APIResponse(responseCode = "404", description = "No such case in your jurisdiction")
@APIResponse(responseCode = "409", description = "The case's state does not allow this step (allowed steps listed)")
@APIResponse(responseCode = "412", description = "If-Match names an older version")
@APIResponse(responseCode = "428", description = "If-Match is missing")
public class CaseProcessResource {

    private final CaseProcess process;
    private final CaseService cases;

    CaseProcessResource(CaseProcess process, CaseService cases) {
        this.process = process;
        this.cases = cases;
    }

    private Response caseAnswer(ChildCase c) {
        return CaseResource.tagged(Response.ok(CaseView.of(c, cases.deadlines(c), cases.maySeeReporter(c))), c).build();
    }

    @POST
    @Path("assessment")
    @RolesAllowed(Roles.CASE_WORKER)
    @Operation(operationId = "recordInitialAssessment", summary = "Record the initial assessment (Mẫu 02): RECEIVED or REOPENED to ASSESSED")
    @APIResponse(responseCode = "200", description = "The case, ASSESSED, with its risk; ETag is its new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = "The case's version, to send back in If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response assess(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid AssessmentRequest r) {
        return caseAnswer(process.assess(id, ifMatch, new CaseProcess.Assessment(new RiskFactors(r.harmSeverity(),
                r.abuserAccess(), r.careEnvironment(), r.childCapacity()), r.emergencyNeeded(),
                r.childGroups() == null || r.childGroups().isEmpty() ? java.util.EnumSet.noneOf(ChildGroup.class)
                        : java.util.EnumSet.copyOf(r.childGroups()), r.notes())));
    }

    @POST
    @Path("case-meeting")
    @RolesAllowed({Roles.CASE_WORKER, Roles.CASE_APPROVER})
    @Operation(operationId = "recordCaseMeeting", summary = "Record the specific assessment and case meeting (Mẫu 03); the case's risk is updated",
            description = "While the case is ASSESSED or IN_SUPPORT.")
    @APIResponse(responseCode = "201", description = "The meeting; ETag is the case's new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProcessViews.MeetingView.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = "The case's version, to send back in If-Match", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "422", description = "A meeting dated in the future")
    public Response caseMeeting(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ProcessRequests.CaseMeetingRequest r) {
        var outcome = process.recordCaseMeeting(id, ifMatch, new CaseProcess.Meeting(r.heldOn(), r.participants(),
                new RiskFactors(r.harmSeverity(), r.abuserAccess(), r.careEnvironment(), r.childCapacity()),
                r.conclusions()));
        return CaseResource.tagged(Response.status(Response.Status.CREATED)
                .entity(ProcessViews.MeetingView.of(outcome.result())), outcome.caseAfter()).build();
    }

    @POST
    @Path("emergency-measures")
    @RolesAllowed(Roles.CASE_APPROVER)
    @Operation(operationId = "recordEmergencyMeasure", summary = "Record an emergency measure decided by the commune chair",
            description = "The first measure meets the 12-hour deadline. A temporary separation lasts at most 15 days.")
    @APIResponse(responseCode = "201", description = "The measure; ETag is the case's new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeasureView.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = "The case's version, to send back in If-Match", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "422", description = "Separation without end date or longer than 15 days; a time in the future")
    public Response emergencyMeasure(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid EmergencyMeasureRequest r) {
        var outcome = process.recordEmergencyMeasure(id, ifMatch,
                new CaseProcess.Measure(r.type(), r.takenAt(), r.separationUntil(), r.notes()));
        return CaseResource.tagged(Response.status(Response.Status.CREATED).entity(MeasureView.of(outcome.result())),
                outcome.caseAfter()).build();
    }

    @POST
    @Path("emergency-measures/{measureId}/extension")
    @RolesAllowed(Roles.CASE_APPROVER)
    @Operation(operationId = "extendTemporarySeparation", summary = "Extend a temporary separation by at most 15 more days, before it ends")
    @APIResponse(responseCode = "200", description = "The measure; ETag is the case's new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeasureView.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = "The case's version, to send back in If-Match", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "422", description = "Not a separation, already ended, or longer than 15 more days")
    public Response extendSeparation(@PathParam("id") UUID id, @PathParam("measureId") UUID measureId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid ProcessRequests.ExtensionRequest r) {
        var outcome = process.extendSeparation(id, measureId, ifMatch, r.until(), r.reason());
        return CaseResource.tagged(Response.ok(MeasureView.of(outcome.result())), outcome.caseAfter()).build();
    }

    @POST
    @Path("plans")
    @RolesAllowed(Roles.CASE_WORKER)
    @Operation(operationId = "submitSupportPlan", summary = "Submit a support/intervention plan (Mẫu 04) with its actions for approval")
    @APIResponse(responseCode = "201", description = "The submitted plan; ETag is the case's new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanView.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = "The case's version, to send back in If-Match", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "422", description = "No actions, or a due date in the past")
    public Response submitPlan(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid PlanRequest r) {
        var outcome = process.submitPlan(id, ifMatch, r.goals(), r.actions().stream()
                .map(a -> new SupportPlan.ActionDraft(a.description(), a.agencyCode(), a.assignee(), a.dueDate())).toList());
        return CaseResource.tagged(Response.status(Response.Status.CREATED).entity(PlanView.of(outcome.result())),
                outcome.caseAfter()).build();
    }

    @POST
    @Path("plans/{planId}/approval")
    @RolesAllowed(Roles.CASE_APPROVER)
    @Operation(operationId = "approveSupportPlan", summary = "Approve the submitted plan (Mẫu 05): the case goes IN_SUPPORT and the actions are assigned")
    @APIResponse(responseCode = "200", description = "The plan, approved; ETag is the case's new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanView.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = "The case's version, to send back in If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response approvePlan(@PathParam("id") UUID id, @PathParam("planId") UUID planId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid DecisionRequest r) {
        var outcome = process.approvePlan(id, planId, ifMatch, r == null ? null : r.note());
        return CaseResource.tagged(Response.ok(PlanView.of(outcome.result())), outcome.caseAfter()).build();
    }

    @POST
    @Path("plans/{planId}/return")
    @RolesAllowed(Roles.CASE_APPROVER)
    @Operation(operationId = "returnSupportPlan", summary = "Send the submitted plan back for revision")
    @APIResponse(responseCode = "200", description = "The plan, returned; ETag is the case's new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanView.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = "The case's version, to send back in If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response returnPlan(@PathParam("id") UUID id, @PathParam("planId") UUID planId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid ReasonRequest r) {
        var outcome = process.returnPlan(id, planId, ifMatch, r.reason());
        return CaseResource.tagged(Response.ok(PlanView.of(outcome.result())), outcome.caseAfter()).build();
    }

    @POST
    @Path("plans/{planId}/actions/{actionId}/completion")
    @RolesAllowed({Roles.CASE_WORKER, Roles.CASE_APPROVER})
    @Operation(operationId = "completeSupportPlanAction", summary = "Record that an action of the approved plan is done, with its outcome")
    @APIResponse(responseCode = "200", description = "The action, done; ETag is the case's new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActionView.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = "The case's version, to send back in If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response completeAction(@PathParam("id") UUID id, @PathParam("planId") UUID planId,
            @PathParam("actionId") UUID actionId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid OutcomeRequest r) {
        var outcome = process.completeAction(id, planId, actionId, ifMatch, r.outcome());
        return CaseResource.tagged(Response.ok(ActionView.of(outcome.result())), outcome.caseAfter()).build();
    }

    @POST
    @Path("match-suggestions/{suggestionId}/confirmation")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.CASE_WORKER, Roles.CASE_APPROVER})
    @Operation(operationId = "confirmMatchSuggestion", summary = "Confirm that this case is the same child as the suggested earlier case: it is merged into it",
            description = "The case becomes MERGED and its report is linked to the earlier case, which carries on.")
    @APIResponse(responseCode = "200", description = "This case, MERGED; ETag is its new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = "The case's version, to send back in If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response confirmMatch(@PathParam("id") UUID id, @PathParam("suggestionId") UUID suggestionId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return caseAnswer(process.confirmMatch(id, suggestionId, ifMatch));
    }

    @POST
    @Path("match-suggestions/{suggestionId}/rejection")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.CASE_WORKER, Roles.CASE_APPROVER})
    @Operation(operationId = "rejectMatchSuggestion", summary = "Reject a suggested match: not the same child")
    @APIResponse(responseCode = "200", description = "The suggestion, rejected",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProcessViews.MatchView.class)))
    public ProcessViews.MatchView rejectMatch(@PathParam("id") UUID id, @PathParam("suggestionId") UUID suggestionId) {
        return ProcessViews.MatchView.of(process.rejectMatch(id, suggestionId));
    }

    @POST
    @Path("closure")
    @RolesAllowed(Roles.CASE_APPROVER)
    @Operation(operationId = "closeCase", summary = "Close after review (Mẫu 06): the child is no longer at risk; the reason is recorded")
    @APIResponse(responseCode = "200", description = "The case, CLOSED; ETag is its new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = "The case's version, to send back in If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response close(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ClosureRequest r) {
        return caseAnswer(process.close(id, ifMatch, r.reason(), r.planGoalsOutcome()));
    }

    @POST
    @Path("dismissal")
    @RolesAllowed(Roles.CASE_APPROVER)
    @Operation(operationId = "dismissCase", summary = "Record that verification found no harm or risk: NOT_SUBSTANTIATED")
    @APIResponse(responseCode = "200", description = "The case, NOT_SUBSTANTIATED; ETag is its new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = "The case's version, to send back in If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response dismiss(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ReasonRequest r) {
        return caseAnswer(process.dismiss(id, ifMatch, r.reason()));
    }

    @POST
    @Path("reopening")
    @RolesAllowed(Roles.CASE_APPROVER)
    @Operation(operationId = "reopenCase", summary = "Reopen a closed or not substantiated case; its history stays")
    @APIResponse(responseCode = "200", description = "The case, REOPENED; ETag is its new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = "The case's version, to send back in If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response reopen(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ReasonRequest r) {
        return caseAnswer(process.reopen(id, ifMatch, r.reason()));
    }
}
