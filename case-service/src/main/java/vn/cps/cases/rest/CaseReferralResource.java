package vn.cps.cases.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cps.cases.service.ReferralService;
import vn.cps.platform.security.Roles;

/** Referring a case to agencies, and the referrals of a case. */
@Path("/api/v1/cases/{id}/referrals")
@Tag(name = "Referrals")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "Role not allowed")
public class CaseReferralResource {

    private final ReferralService referrals;

    CaseReferralResource(ReferralService referrals) {
        this.referrals = referrals;
    }

    @POST
        @RolesAllowed(Roles.CASE_WORKER)
    @Operation(operationId = "referCase", summary = "Refer the case, or one action of its approved plan, to an agency with a response deadline")
    @APIResponse(responseCode = "201", description = "The referral, REQUESTED; ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralResource.ReferralView.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = "The referral's version, to send back in If-Match", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such case in your jurisdiction")
    @APIResponse(responseCode = "409", description = "The case is closed")
    @APIResponse(responseCode = "422", description = "Deadline not in the future, or an action not of the approved plan")
    public Response request(@PathParam("id") UUID caseId, @NotNull @Valid ReferralResource.ReferralRequest r) {
        return ReferralResource.answer(Response.status(Response.Status.CREATED),
                referrals.request(caseId, r.agencyCode(), r.reason(), r.responseDue(), r.planActionId()));
    }

    @GET
        @RolesAllowed({Roles.HOTLINE_OPERATOR, Roles.CASE_WORKER, Roles.CASE_APPROVER, Roles.CASE_SUPERVISOR,
            Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "listCaseReferrals", summary = "The referrals of a case")
    @APIResponse(responseCode = "200", description = "The referrals",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralResource.ReferralView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", description = "No such case in your jurisdiction")
    public List<ReferralResource.ReferralView> ofCase(@PathParam("id") UUID caseId) {
        return referrals.ofCase(caseId).stream().map(ReferralResource.ReferralView::of).toList();
    }

}
