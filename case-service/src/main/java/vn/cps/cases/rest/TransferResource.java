package vn.cps.cases.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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
import vn.cps.cases.domain.CaseTransfer;
import vn.cps.cases.rest.ProcessRequests.DecisionRequest;
import vn.cps.cases.rest.ProcessRequests.ReasonRequest;
import vn.cps.cases.service.TransferService;
import vn.cps.platform.reference.AdministrativeUnits;
import vn.cps.platform.security.Roles;
import vn.cps.platform.web.Responses;

/**
 * The receiving side of transfers between communes. The sender owns a case until the receiver
 * accepts; the receiver may read the case meanwhile to decide.
 */
@Path("/api/v1/transfers")
@Tag(name = "Transfers", description = "Cases moving between communes (the child moved, or the hotline forwards)")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CASE_WORKER, Roles.CASE_APPROVER})
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "Role not allowed")
public class TransferResource {

    private final TransferService transfers;

    TransferResource(TransferService transfers) {
        this.transfers = transfers;
    }

    public record TransferView(UUID id, UUID caseId, String fromProvinceCode, String fromCommuneCode,
            String fromCommuneName, String toProvinceCode, String toCommuneCode, String toCommuneName, String reason, String status, Instant requestedAt,
            Instant decidedAt, String decisionNote, long version) {

        static TransferView of(CaseTransfer t) {
            return new TransferView(t.id(), t.caseId(), t.from().provinceCode(), t.from().communeCode(),
                    AdministrativeUnits.fullName(t.from().communeCode()), t.to().provinceCode(), t.to().communeCode(),
                    AdministrativeUnits.fullName(t.to().communeCode()), t.reason(), t.status().name(), t.requestedAt(),
                    t.decidedAt(), t.decisionNote(), t.version());
        }
    }

    static Response answer(Response.ResponseBuilder builder, CaseTransfer t) {
        return Responses.versioned(builder.entity(TransferView.of(t)), t.version()).build();
    }

    @GET
    @Operation(operationId = "listIncomingTransfers", summary = "Transfers waiting for your commune (or any commune of your province), oldest first")
    @APIResponse(responseCode = "200", description = "The pending transfers",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TransferView.class, type = SchemaType.ARRAY)))
    public List<TransferView> incoming(@QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        return transfers.incoming(limit).stream().map(TransferView::of).toList();
    }

    @POST
    @Path("{transferId}/acceptance")
    @Operation(operationId = "acceptTransfer", summary = "Accept a transfer: your commune owns the case from now on")
    @APIResponse(responseCode = "200", description = "The transfer, accepted; ETag is its new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TransferView.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = "The transfer's version, to send back in If-Match", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such transfer to your jurisdiction")
    @APIResponse(responseCode = "409", description = "Decided already")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response accept(@PathParam("transferId") UUID transferId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid DecisionRequest r) {
        return answer(Response.ok(), transfers.accept(transferId, ifMatch, r == null ? null : r.note()));
    }

    @POST
    @Path("{transferId}/decline")
    @Operation(operationId = "declineTransfer", summary = "Decline a transfer with a reason; the sender keeps the case")
    @APIResponse(responseCode = "200", description = "The transfer, declined; ETag is its new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TransferView.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = "The transfer's version, to send back in If-Match", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such transfer to your jurisdiction")
    @APIResponse(responseCode = "409", description = "Decided already")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response decline(@PathParam("transferId") UUID transferId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ReasonRequest r) {
        return answer(Response.ok(), transfers.decline(transferId, ifMatch, r.reason()));
    }
}
