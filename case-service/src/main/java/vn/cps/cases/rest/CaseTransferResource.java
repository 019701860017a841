package vn.cps.cases.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
import vn.cps.cases.service.TransferService;
import vn.cps.platform.security.Roles;

/** Sending a case to another commune, and the transfers of a case. */
@Path("/api/v1/cases/{id}/transfers")
@Tag(name = "Transfers")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "Role not allowed")
@APIResponse(responseCode = "404", description = "No such case in your jurisdiction")
public class CaseTransferResource {

    private final TransferService transfers;

    CaseTransferResource(TransferService transfers) {
        this.transfers = transfers;
    }

    public record TransferRequest(
            @Pattern(regexp = "\\d{2}", message = "must be a 2-digit province code") String toProvinceCode,
            @NotNull @Pattern(regexp = "\\d{5}", message = "must be a 5-digit commune code") String toCommuneCode,
            @NotBlank @Size(max = 2000) String reason) {
    }

    @POST
    @RolesAllowed({Roles.HOTLINE_OPERATOR, Roles.CASE_WORKER, Roles.CASE_SUPERVISOR})
    @Operation(operationId = "requestTransfer", summary = "Send the case to another commune (the child moved, or the hotline forwards it)",
            description = "The sender owns the case until the receiving commune accepts.")
    @APIResponse(responseCode = "201", description = "The pending transfer; ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TransferResource.TransferView.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = "The transfer's version, to send back in If-Match", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "409", description = "A transfer is pending already, or the case is closed")
    @APIResponse(responseCode = "422", description = "Unknown province, or the commune that owns the case already")
    public Response request(@PathParam("id") UUID caseId, @NotNull @Valid TransferRequest r) {
        return TransferResource.answer(Response.status(Response.Status.CREATED),
                transfers.request(caseId, r.toProvinceCode(), r.toCommuneCode(), r.reason()));
    }

    @GET
    @RolesAllowed({Roles.HOTLINE_OPERATOR, Roles.CASE_WORKER, Roles.CASE_APPROVER, Roles.CASE_SUPERVISOR,
            Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "listCaseTransfers", summary = "The transfers of a case")
    @APIResponse(responseCode = "200", description = "The transfers",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TransferResource.TransferView.class, type = SchemaType.ARRAY)))
    public List<TransferResource.TransferView> ofCase(@PathParam("id") UUID caseId) {
        return transfers.ofCase(caseId).stream().map(TransferResource.TransferView::of).toList();
    }
}
