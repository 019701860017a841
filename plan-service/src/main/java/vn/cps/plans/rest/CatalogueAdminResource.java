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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cps.plans.service.IndicatorCatalogue;
import vn.cps.platform.security.Roles;

/** The catalogue completed from the official text of Circular 13/2021 without a release (docs/indicators.md). */
@Path("/api/v1/admin/indicators")
@Tag(name = "Administration", description = "The indicator catalogue kept by national administrators")
@Produces(MediaType.APPLICATION_JSON)
public class CatalogueAdminResource {

    private static final String KEY = "[A-Z0-9]{1,4}-[A-Z0-9]{1,12}";

    private final IndicatorCatalogue catalogue;

    CatalogueAdminResource(IndicatorCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public record EntryRequest(
            @NotNull @Pattern(regexp = "CIRCULAR_13_2021|NPA_2021_2030", message = "must be CIRCULAR_13_2021 or NPA_2021_2030") String catalogue,
            @NotNull @Pattern(regexp = "I|II|NPA", message = "must be I, II or NPA") String set,
            @Pattern(regexp = "\\d{4}", message = "must be the 4-digit code of the circular") String officialCode,
            @NotBlank @Size(max = 300) String group,
            @NotBlank @Size(max = 500) String nameVi,
            @Size(max = 500) String nameEn,
            @Size(max = 64) String unit,
            @Size(max = 2000) String calculation,
            @Size(max = 10) List<@NotBlank @Size(max = 40) @Pattern(regexp = "[^,]+", message = "must not contain a comma") String> disaggregation,
            @Size(max = 32) String publicationPeriod,
            @Size(max = 500) String dataSource,
            @Size(max = 500) String leadAgency,
            @Size(max = 10) List<@NotBlank @Size(max = 40) @Pattern(regexp = "[^,]+", message = "must not contain a comma") String> coordinatingAgencies) {

        IndicatorCatalogue.Entry entry() {
            return new IndicatorCatalogue.Entry(catalogue, set, officialCode, group, nameVi, nameEn, unit, calculation,
                    disaggregation, publicationPeriod, dataSource, leadAgency, coordinatingAgencies);
        }
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "writeCatalogueEntry", summary = "Complete or add a catalogue entry from the official text",
            description = "National administrators. The key is the set and the official code (II-0101); an internal key "
                    + "(I-X07) stays when its official code is filled in. The change is kept with who made it and the "
                    + "entry before and after; the shipped data file no longer overwrites the entry at start.")
    @APIResponse(responseCode = "200", description = "The entry, replaced",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IndicatorView.class)))
    @APIResponse(responseCode = "201", description = "The entry, added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IndicatorView.class)))
    @APIResponse(responseCode = "400", description = "Malformed body or invalid fields")
    @APIResponse(responseCode = "422", description = "Not a national caller; a key that does not fit its set or code")
    public Response write(@PathParam("code") @Pattern(regexp = KEY, message = "must be a key such as II-0101") String code,
            @Valid @NotNull EntryRequest request) {
        IndicatorCatalogue.Edited edited = catalogue.edit(code, request.entry());
        return Response.status(edited.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(IndicatorView.of(edited.indicator())).build();
    }

    @GET
    @Path("{code}/changes")
    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    @Operation(operationId = "listCatalogueChanges", summary = "Who changed a catalogue entry, when, before and after")
    @APIResponse(responseCode = "200", description = "The changes, newest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IndicatorCatalogue.Change.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", description = "No indicator with this key")
    public List<IndicatorCatalogue.Change> changes(@PathParam("code") String code,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        return catalogue.changes(code, limit);
    }
}
