package vn.cps.cases.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cps.cases.domain.CaseStatus;
import vn.cps.cases.domain.ChildCase;
import vn.cps.cases.domain.TimelineEntry;
import vn.cps.cases.rest.ProcessViews.AccessLogEntry;
import vn.cps.cases.rest.ProcessViews.CasePage;
import vn.cps.cases.rest.ProcessViews.CaseSummary;
import vn.cps.cases.rest.ProcessViews.MeasureView;
import vn.cps.cases.rest.ProcessViews.PlanView;
import vn.cps.cases.rest.ProcessViews.TimelinePage;
import vn.cps.cases.rest.ProcessViews.TimelineView;
import vn.cps.cases.service.CaseService;
import vn.cps.platform.security.Roles;
import vn.cps.platform.web.KeysetPage;
import vn.cps.platform.web.Responses;

@Path("/api/v1/cases")
@Tag(name = "Cases", description = "Child protection cases under Decree 56/2017")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.HOTLINE_OPERATOR, Roles.CASE_WORKER, Roles.CASE_APPROVER, Roles.CASE_SUPERVISOR,
        Roles.AUDITOR, Roles.ADMIN})
public class CaseResource {

    static final String DEFAULT_PURPOSE = "case-management";

    private final CaseService cases;

    CaseResource(CaseService cases) {
        this.cases = cases;
    }

    static Response.ResponseBuilder tagged(Response.ResponseBuilder builder, ChildCase c) {
        return Responses.versioned(builder, c.version());
    }

    @GET
    @Operation(operationId = "searchCases", summary = "Cases in your jurisdiction, newest first; by status or child's name",
            description = "No personal data in the answer: reference, status, place, risk and deadlines. childName "
                    + "searches without diacritics or case (\"Nguyen Van An\" finds \"Nguyễn Văn An\"). "
                    + "Paginated with limit and cursor.")
    @APIResponse(responseCode = "200", description = "A page of cases", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CasePage.class)))
    @APIResponse(responseCode = "400", description = "Invalid status, limit or cursor")
    public CasePage list(@QueryParam("status") CaseStatus status,
            @QueryParam("childName") @Size(min = 2, max = 200) String childName,
            @QueryParam("cursor") @Size(max = 200) String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        KeysetPage<ChildCase> page = cases.list(status, childName, cursor, limit);
        return new CasePage(page.items().stream().map(c -> CaseSummary.of(c, cases.deadlines(c))).toList(),
                page.nextCursor());
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "readCase", summary = "Read a case in your jurisdiction, with its deadlines",
            description = "Case side only: an agency reads what it needs through its referral (readReferredCase). Each read "
                    + "is recorded in the access log with the purpose given in X-Purpose.")
    @APIResponse(responseCode = "200", description = "The case; ETag carries its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = "The case's version, to send back in If-Match", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Role not allowed")
    @APIResponse(responseCode = "404", description = "No such case in your jurisdiction")
    public Response read(@PathParam("id") UUID id,
            @HeaderParam("X-Purpose") @Size(max = 200) @Pattern(regexp = "[\\p{L}\\p{N} ._:/-]*") String purpose) {
        ChildCase found = cases.read(id, purpose == null || purpose.isBlank() ? DEFAULT_PURPOSE : purpose);
        return tagged(Response.ok(CaseView.of(found, cases.deadlines(found), cases.maySeeReporter(found))), found).build();
    }

    @GET
    @Path("{id}/match-suggestions")
    @Operation(operationId = "listCaseMatchSuggestions",
            summary = "Earlier open cases that may be the same child (same personal ID, or same name, birth year and commune)")
    @APIResponse(responseCode = "200", description = "The match suggestions, open and decided",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProcessViews.MatchView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", description = "No such case in your jurisdiction")
    public List<ProcessViews.MatchView> matchSuggestions(@PathParam("id") UUID id) {
        return cases.matchSuggestions(id).stream().map(ProcessViews.MatchView::of).toList();
    }

    @GET
    @Path("{id}/intakes")
    @Operation(operationId = "listCaseIntakes", summary = "The intakes of a case: the report that opened it and those merged into it")
    @APIResponse(responseCode = "200", description = "The ids of the intakes, to read with readIntake",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UUID.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", description = "No such case in your jurisdiction")
    public List<UUID> intakes(@PathParam("id") UUID id) {
        return cases.intakesOf(id);
    }

    @GET
    @Path("{id}/related")
    @Operation(operationId = "listRelatedCases",
            summary = "The other cases of the same household or incident: the other children one report named",
            description = "Case side only. No personal data: the summaries a worklist shows. A case whose report named one "
                    + "child has none; a sibling's case transferred out of your jurisdiction is not listed.")
    @APIResponse(responseCode = "200", description = "The related cases, in the order they were opened",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseSummary.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", description = "No such case in your jurisdiction")
    public List<CaseSummary> related(@PathParam("id") UUID id) {
        return cases.related(id).stream().map(c -> CaseSummary.of(c, cases.deadlines(c))).toList();
    }

    @GET
    @Path("{id}/plans")
    @Operation(operationId = "listSupportPlans", summary = "The support plans of a case, every cycle")
    @APIResponse(responseCode = "200", description = "The plans with their actions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", description = "No such case in your jurisdiction")
    public List<PlanView> plans(@PathParam("id") UUID id) {
        return cases.plans(id).stream().map(PlanView::of).toList();
    }

    @GET
    @Path("{id}/emergency-measures")
    @Operation(operationId = "listEmergencyMeasures", summary = "The emergency measures taken in a case")
    @APIResponse(responseCode = "200", description = "The measures",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeasureView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", description = "No such case in your jurisdiction")
    public List<MeasureView> measures(@PathParam("id") UUID id) {
        return cases.measures(id).stream().map(MeasureView::of).toList();
    }

    @GET
    @Path("{id}/timeline")
    @Operation(operationId = "readCaseTimeline", summary = "The append-only timeline of a case, oldest first; paginated with limit and cursor")
    @APIResponse(responseCode = "200", description = "A page of timeline entries",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TimelinePage.class)))
    @APIResponse(responseCode = "404", description = "No such case in your jurisdiction")
    public TimelinePage timeline(@PathParam("id") UUID id, @QueryParam("cursor") @Size(max = 200) String cursor,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit) {
        KeysetPage<TimelineEntry> page = cases.timeline(id, cursor, limit);
        return new TimelinePage(page.items().stream().map(TimelineView::of).toList(), page.nextCursor());
    }

    @POST
    @Path("{id}/timeline")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.HOTLINE_OPERATOR, Roles.CASE_WORKER, Roles.CASE_APPROVER})
    @Operation(operationId = "addTimelineEntry", summary = "Add a note, call, visit, document or correction to the timeline",
            description = "Entries are never changed or deleted; a correction is a new entry naming the one it corrects.")
    @APIResponse(responseCode = "201", description = "The entry", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TimelineView.class)))
    @APIResponse(responseCode = "422", description = "A correction of an unknown entry, or a document without a name")
    public Response addToTimeline(@PathParam("id") UUID id, @NotNull @Valid ProcessRequests.TimelineRequest request) {
        TimelineEntry entry = cases.addToTimeline(id, request.kind(), request.text(), request.documentName(),
                request.correctsEntryId());
        return Response.status(Response.Status.CREATED).entity(TimelineView.of(entry)).build();
    }

    @GET
    @Path("{id}/access-log")
    @RolesAllowed({Roles.AUDITOR, Roles.CASE_SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "readCaseAccessLog", summary = "Who read this case, when and why, newest first")
    @APIResponse(responseCode = "200", description = "The access log entries",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccessLogEntry.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", description = "No such case in your jurisdiction")
    public List<AccessLogEntry> accessLog(@PathParam("id") UUID id,
            @QueryParam("limit") @DefaultValue("200") @Min(1) @Max(1000) int limit) {
        return cases.accessLog(id, limit).stream()
                .map(r -> new AccessLogEntry((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                        r[4] instanceof Instant i ? i : ((java.time.OffsetDateTime) r[4]).toInstant(), (String) r[5]))
                .toList();
    }
}
