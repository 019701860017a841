package vn.cps.cases.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cps.cases.domain.ChildCase;
import vn.cps.cases.service.CaseService;
import vn.cps.platform.security.Roles;

@Path("/api/v1/cases")
@Tag(name = "Cases", description = "Child protection cases under Decree 56/2017")
@Produces(MediaType.APPLICATION_JSON)
public class CaseResource {

    static final String DEFAULT_PURPOSE = "case-management";

    private final CaseService cases;

    CaseResource(CaseService cases) {
        this.cases = cases;
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.HOTLINE_OPERATOR, Roles.CASE_WORKER, Roles.CASE_APPROVER, Roles.CASE_SUPERVISOR,
            Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Read a case in your jurisdiction",
            description = "Each read is recorded in the access log with the purpose given in X-Purpose.")
    @APIResponse(responseCode = "200", description = "The case; ETag carries its version")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Role not allowed")
    @APIResponse(responseCode = "404", description = "No such case in your jurisdiction")
    public Response read(@PathParam("id") UUID id,
            @HeaderParam("X-Purpose") @Size(max = 200) @Pattern(regexp = "[\\p{L}\\p{N} ._:/-]*") String purpose) {
        ChildCase found = cases.read(id, purpose == null || purpose.isBlank() ? DEFAULT_PURPOSE : purpose);
        return Response.ok(CaseView.of(found)).tag(new EntityTag(Long.toString(found.version()))).build();
    }
}
