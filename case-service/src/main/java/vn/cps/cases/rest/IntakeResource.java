package vn.cps.cases.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
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
import vn.cps.cases.service.CaseService;
import vn.cps.cases.service.IntakeService;
import vn.cps.platform.idempotency.IdempotencyKeys;
import vn.cps.platform.reference.AdministrativeUnits;
import vn.cps.platform.security.Roles;
import vn.cps.platform.web.Responses;

@Path("/api/v1/intakes")
@Tag(name = "Intakes", description = "Calls and reports from hotline 111 and other channels")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class IntakeResource {

    private final IntakeService intakes;
    private final CaseService cases;

    IntakeResource(IntakeService intakes, CaseService cases) {
        this.intakes = intakes;
        this.cases = cases;
    }

    /** An intake as recorded; the reporter only for the roles that may see it. */
    public record IntakeView(UUID id, String category, String channel, Instant receivedAt, String callerRelationship,
            String provinceCode, String provinceName, String communeCode, String communeName, List<String> harmTypes, String summary,
            CaseView.Reporter reporter,
            @Schema(description = "The first case the report opened; caseIds lists them all") UUID caseId,
            @Schema(description = "How many children the report named") int childCount,
            @Schema(description = "The cases the report opened, one per child") List<UUID> caseIds) {
    }

    @POST
    @RolesAllowed(Roles.HOTLINE_OPERATOR)
    @Operation(operationId = "recordIntake", summary = "Record a call or report; a report of harm or risk opens a case in RECEIVED",
            description = "Role hotline-operator. category defaults to REPORT_OF_HARM, which needs the children (1 to "
                    + "10, or the one-child form child), the place, the harm types and a summary. It opens one case per "
                    + "child, all in one incident group; each case gets a reference, an emergency deadline 12 hours "
                    + "after receipt and a plan deadline 5 working days after it. Duplicates are looked for per child. Counselling, information and silent "
                    + "calls are recorded and counted but open no case. With Idempotency-Key, a retried request "
                    + "returns the first result (header Idempotent-Replayed: true) and never a second record.")
    @APIResponse(responseCode = "201", description = "Recorded (or, on a retry with the same Idempotency-Key, the first record); Location names the first case, or the intake",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IntakeAccepted.class)),
            headers = {@Header(name = HttpHeaders.LOCATION, description = "The case opened, or the intake when no case was opened",
                    schema = @Schema(type = SchemaType.STRING, format = "uri-reference")),
                @Header(name = Responses.IDEMPOTENT_REPLAYED, description = "true when an Idempotency-Key returned the first record",
                    schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = "Malformed body or invalid fields (problem+json with violations)")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Role not allowed")
    @APIResponse(responseCode = "409", description = "A request with the same Idempotency-Key is still running")
    @APIResponse(responseCode = "413", description = "Body too large")
    @APIResponse(responseCode = "415", description = "Not JSON")
    @APIResponse(responseCode = "422", description = "Not a child, unknown province, outside jurisdiction, or an "
            + "Idempotency-Key reused for a different request")
    public Response receive(
            @HeaderParam("Idempotency-Key") @Pattern(regexp = IdempotencyKeys.KEY_PATTERN,
                    message = "must be 8 to 200 letters, digits or . _ : -") String idempotencyKey,
            @NotNull @Valid IntakeRequest request) {
        IntakeService.Received received = intakes.receive(request.toReport(), idempotencyKey);
        URI location = received.first() != null ? URI.create("/api/v1/cases/" + received.first().id())
                : URI.create("/api/v1/intakes/" + received.intake().id());
        return Responses.created(received.replayed()).location(location).entity(IntakeAccepted.of(received)).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.HOTLINE_OPERATOR, Roles.CASE_WORKER, Roles.CASE_APPROVER, Roles.CASE_SUPERVISOR,
            Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "readIntake", summary = "Read an intake in your jurisdiction (one without a place: national callers only)")
    @APIResponse(responseCode = "200", description = "The intake; the reporter only for roles that may see it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IntakeView.class)))
    @APIResponse(responseCode = "404", description = "No such intake in your jurisdiction")
    public IntakeView read(@PathParam("id") UUID id) {
        IntakeService.Received received = intakes.read(id);
        var i = received.intake();
        return new IntakeView(i.id(), i.category().name(), i.channel().name(), i.receivedAt(),
                i.callerRelationship().name(), i.provinceCode(), AdministrativeUnits.fullName(i.provinceCode()),
                i.communeCode(), AdministrativeUnits.fullName(i.communeCode()),
                i.harmTypes().stream().map(Enum::name).sorted().toList(), i.summary(),
                cases.maySeeReporter(i.communeCode()) ? CaseView.Reporter.of(i.reporter()) : null,
                received.first() == null ? null : received.first().id(), i.children().size(),
                received.opened().stream().map(vn.cps.cases.domain.ChildCase::id).toList());
    }
}
