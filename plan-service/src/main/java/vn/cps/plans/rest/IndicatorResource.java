package vn.cps.plans.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cps.plans.service.IndicatorCatalogue;
import vn.cps.platform.security.Roles;

@Path("/api/v1/indicators")
@Tag(name = "Indicator catalogue", description = "Statistical indicators (Circular 13/2021 shape) and programme targets")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PLAN_MANAGER, Roles.PLAN_CONTRIBUTOR, Roles.ANALYST, Roles.CASE_SUPERVISOR, Roles.AUDITOR,
        Roles.ADMIN, Roles.PARTNER_SYSTEM})
public class IndicatorResource {

    private final IndicatorCatalogue catalogue;

    IndicatorResource(IndicatorCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** A page of indicators ordered by code. */
    public record IndicatorPage(List<IndicatorView> items, String nextCursor) {
    }

    @GET
    @Operation(operationId = "listIndicators", summary = "List the catalogue, ordered by code; paginated with limit and cursor",
            description = "set: I (tình hình trẻ em, the situation of children) or II (xâm hại trẻ em và xử lý vi phạm, "
                    + "abuse of children and sanctions) of Circular 13/2021/TT-BLĐTBXH, or NPA (the national programme's "
                    + "targets). group and q match without diacritics or case: q in the key, official code, names, "
                    + "group and definition.")
    @APIResponse(responseCode = "200", description = "A page of indicators",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IndicatorPage.class)))
    @APIResponse(responseCode = "400", description = "Invalid limit, cursor or filter")
    public IndicatorPage list(
            @QueryParam("set") @Pattern(regexp = "I|II|NPA|CASE", message = "must be I, II, NPA or CASE") String set,
            @QueryParam("group") @Size(min = 1, max = 100, message = "must be 1 to 100 characters") String group,
            @QueryParam("q") @Size(min = 1, max = 100, message = "must be 1 to 100 characters") String text,
            @QueryParam("catalogue") @Pattern(regexp = "[A-Z0-9_]{1,40}", message = "must be a catalogue id") String catalogueId,
            @QueryParam("cursor") @Pattern(regexp = "[A-Za-z0-9._-]{1,40}", message = "must be a cursor this API returned") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        IndicatorCatalogue.Page page = catalogue.list(cursor, new IndicatorCatalogue.Search(set, catalogueId, group, text), limit);
        return new IndicatorPage(page.items().stream().map(IndicatorView::of).toList(), page.nextCursor());
    }

    @GET
    @Path("{code}")
    @Operation(operationId = "readIndicator", summary = "One indicator")
    @APIResponse(responseCode = "200", description = "The indicator",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IndicatorView.class)))
    @APIResponse(responseCode = "404", description = "No indicator with this code")
    public IndicatorView get(@PathParam("code") String code) {
        return IndicatorView.of(catalogue.get(code));
    }
}
