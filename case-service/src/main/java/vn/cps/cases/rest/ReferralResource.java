package vn.cps.cases.rest;

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
import vn.cps.cases.domain.Referral;
import vn.cps.cases.domain.ReferralStatus;
import vn.cps.cases.rest.ProcessRequests.DecisionRequest;
import vn.cps.cases.rest.ProcessRequests.OutcomeRequest;
import vn.cps.cases.rest.ProcessRequests.ReasonRequest;
import vn.cps.cases.service.ReferralService;
import vn.cps.platform.security.Roles;
import vn.cps.platform.web.Responses;

/**
 * Referrals to agencies (police, health facilities, schools, courts, social work centres, unions).
 * The agency sees a referred case from the referral on, and loses it when it declines or the
 * referral is withdrawn. Steps after the request need {@code If-Match} with the referral's ETag.
 */
@Path("/api/v1/referrals")
@Tag(name = "Referrals", description = "Referrals between the commune and the agencies, closed loop")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "Role not allowed")
public class ReferralResource {

    private final ReferralService referrals;

    ReferralResource(ReferralService referrals) {
        this.referrals = referrals;
    }

    public record ReferralRequest(
            @NotNull @Pattern(regexp = "[A-Z0-9_-]{2,40}", message = "must be an agency code such as POLICE-48") String agencyCode,
            @NotBlank @Size(max = 2000) String reason,
            @NotNull Instant responseDue,
            UUID planActionId) {
    }

    public record ReferralView(UUID id, UUID caseId, String agencyCode, UUID planActionId, String reason,
            Instant responseDue, String status, Instant requestedAt, Instant respondedAt, String responseNote,
            String outcome, Instant closedAt, long version) {

        static ReferralView of(Referral r) {
            return new ReferralView(r.id(), r.caseId(), r.agencyCode(), r.planActionId(), r.reason(), r.responseDue(),
                    r.status().name(), r.requestedAt(), r.respondedAt(), r.responseNote(), r.outcome(), r.closedAt(),
                    r.version());
        }
    }

    static Response answer(Response.ResponseBuilder builder, Referral r) {
        return Responses.versioned(builder.entity(ReferralView.of(r)), r.version()).build();
    }

    @GET
    @RolesAllowed({Roles.AGENCY_LIAISON, Roles.PARTNER_SYSTEM})
    @Operation(operationId = "listReferralsToMyAgency", summary = "Your agency's worklist: referrals to it, newest first")
    @APIResponse(responseCode = "200", description = "The referrals to your agency",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "422", description = "Your token carries no agency claim")
    public List<ReferralView> toMyAgency(@QueryParam("status") ReferralStatus status,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        return referrals.toMyAgency(status, limit).stream().map(ReferralView::of).toList();
    }

    @GET
    @Path("{referralId}")
    @RolesAllowed({Roles.HOTLINE_OPERATOR, Roles.CASE_WORKER, Roles.CASE_APPROVER, Roles.CASE_SUPERVISOR,
            Roles.AUDITOR, Roles.ADMIN, Roles.AGENCY_LIAISON, Roles.PARTNER_SYSTEM})
    @Operation(operationId = "readReferral", summary = "One referral, to its case's side or to the agency it is addressed to while it is active")
    @APIResponse(responseCode = "200", description = "The referral; ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralView.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = "The referral's version, to send back in If-Match", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such referral visible to you")
    public Response read(@PathParam("referralId") UUID referralId) {
        return answer(Response.ok(), referrals.read(referralId));
    }

    @GET
    @Path("{referralId}/case")
    @RolesAllowed({Roles.HOTLINE_OPERATOR, Roles.CASE_WORKER, Roles.CASE_APPROVER, Roles.CASE_SUPERVISOR,
            Roles.AUDITOR, Roles.ADMIN, Roles.AGENCY_LIAISON, Roles.PARTNER_SYSTEM})
    @Operation(operationId = "readReferredCase",
            summary = "What the agency needs to act on a referral: the case's facts, and the one plan action if it refers one",
            description = "The agency's only view of a case (least privilege): reference, place, the child's name, sex and "
                    + "age, harm types, risk level and the referral's reason; for a referral of one plan action, that "
                    + "action. Never the reporter, the report's summary, the assessment, the timeline or other actions. "
                    + "Readable by the agency while the referral is requested or accepted (not after it is declined, "
                    + "withdrawn or completed), and by the case's side in its jurisdiction. Each read is access-logged "
                    + "with the view served and the purpose in X-Purpose.")
    @APIResponse(responseCode = "200", description = "The referred case",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferredCaseView.class)))
    @APIResponse(responseCode = "404", description = "No such referral open to you")
    public ReferredCaseView referredCase(@PathParam("referralId") UUID referralId,
            @HeaderParam("X-Purpose") @Size(max = 200) @Pattern(regexp = "[\\p{L}\\p{N} ._:/-]*") String purpose) {
        return ReferredCaseView.of(referrals.referredCase(referralId,
                purpose == null || purpose.isBlank() ? "referral " + referralId : purpose));
    }

    @POST
    @Path("{referralId}/acceptance")
    @RolesAllowed({Roles.AGENCY_LIAISON, Roles.PARTNER_SYSTEM})
    @Operation(operationId = "acceptReferral", summary = "The agency accepts the referral")
    @APIResponse(responseCode = "200", description = "The referral, ACCEPTED; ETag is its new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralView.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = "The referral's version, to send back in If-Match", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such referral to your agency")
    @APIResponse(responseCode = "409", description = "Not waiting for an answer")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response accept(@PathParam("referralId") UUID referralId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid DecisionRequest r) {
        return answer(Response.ok(), referrals.accept(referralId, ifMatch, r == null ? null : r.note()));
    }

    @POST
    @Path("{referralId}/decline")
    @RolesAllowed({Roles.AGENCY_LIAISON, Roles.PARTNER_SYSTEM})
    @Operation(operationId = "declineReferral", summary = "The agency declines the referral with a reason; it no longer sees the case")
    @APIResponse(responseCode = "200", description = "The referral, DECLINED; ETag is its new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralView.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = "The referral's version, to send back in If-Match", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such referral to your agency")
    @APIResponse(responseCode = "409", description = "Not waiting for an answer")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response decline(@PathParam("referralId") UUID referralId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ReasonRequest r) {
        return answer(Response.ok(), referrals.decline(referralId, ifMatch, r.reason()));
    }

    @POST
    @Path("{referralId}/completion")
    @RolesAllowed({Roles.AGENCY_LIAISON, Roles.PARTNER_SYSTEM})
    @Operation(operationId = "completeReferral", summary = "The agency records the outcome of an accepted referral")
    @APIResponse(responseCode = "200", description = "The referral, COMPLETED; ETag is its new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralView.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = "The referral's version, to send back in If-Match", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such referral to your agency")
    @APIResponse(responseCode = "409", description = "Not accepted")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response complete(@PathParam("referralId") UUID referralId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid OutcomeRequest r) {
        return answer(Response.ok(), referrals.complete(referralId, ifMatch, r.outcome()));
    }

    @POST
    @Path("{referralId}/withdrawal")
    @RolesAllowed(Roles.CASE_WORKER)
    @Operation(operationId = "withdrawReferral", summary = "The referring side withdraws the referral; the agency loses access to the case")
    @APIResponse(responseCode = "200", description = "The referral, WITHDRAWN; ETag is its new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralView.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = "The referral's version, to send back in If-Match", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such referral in your jurisdiction")
    @APIResponse(responseCode = "409", description = "Already declined, withdrawn or completed")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response withdraw(@PathParam("referralId") UUID referralId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ReasonRequest r) {
        return answer(Response.ok(), referrals.withdraw(referralId, ifMatch, r.reason()));
    }
}
