package vn.cps.cases.rest;

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
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cps.platform.problem.Problem;
import vn.cps.platform.problem.ProblemException;
import vn.cps.platform.reference.AdministrativeUnits;
import vn.cps.platform.reference.AdministrativeUnits.Commune;
import vn.cps.platform.reference.AdministrativeUnits.FormerCommune;
import vn.cps.platform.reference.AdministrativeUnits.Province;
import vn.cps.platform.security.Roles;
import vn.cps.platform.text.VietnameseText;

/**
 * The administrative units in force since 1 July 2025, for clients that pick a place: provinces,
 * their communes, a name search, and what a commune of before the reform became. Reference data
 * changes only with a release, so answers may be cached for a day.
 */
@Path("/api/v1/administrative-units")
@Tag(name = "Administrative units", description = "Provinces and communes in force since 2025-07-01 (QĐ 19/2025/QĐ-TTg)")
@Produces(MediaType.APPLICATION_JSON)
// every role picks places, partner systems too
@RolesAllowed({Roles.HOTLINE_OPERATOR, Roles.CASE_WORKER, Roles.CASE_APPROVER, Roles.CASE_SUPERVISOR, Roles.AGENCY_LIAISON,
        Roles.PLAN_MANAGER, Roles.PLAN_CONTRIBUTOR, Roles.ANALYST, Roles.AUDITOR, Roles.ADMIN, Roles.PARTNER_SYSTEM})
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "No role of this system")
public class AdministrativeUnitResource {

    private static final CacheControl ONE_DAY = CacheControl.valueOf("private, max-age=86400");

    public record ProvinceView(String code, String name, String fullName, String nameEn, String type, int communes) {
        static ProvinceView of(Province p) {
            return new ProvinceView(p.code(), p.name(), p.fullName(), p.nameEn(), p.type(),
                    AdministrativeUnits.communesOf(p.code()).size());
        }
    }

    /**
     * A commune; for a code of before 2025 ({@code inForce} false) its name then and the current
     * communes it went to.
     */
    public record CommuneView(String code, String name, String fullName, String type, String provinceCode,
            String provinceName, boolean inForce, List<CommuneView> successors) {
        static CommuneView of(Commune c) {
            return new CommuneView(c.code(), c.name(), c.fullName(), c.type(), c.provinceCode(),
                    AdministrativeUnits.fullName(c.provinceCode()), true, null);
        }

        static CommuneView former(FormerCommune f) {
            List<CommuneView> successors = f.successors().stream()
                    .map(code -> of(AdministrativeUnits.commune(code).orElseThrow())).toList();
            return new CommuneView(f.code(), null, f.fullName(), null, f.formerProvinceCode(), null, false, successors);
        }
    }

    public record ProvincePage(List<ProvinceView> items, String nextCursor) {
    }

    public record CommunePage(List<CommuneView> items, String nextCursor) {
    }

    @GET
    @Path("provinces")
    @Operation(operationId = "listProvinces", summary = "The 34 provinces (tỉnh, thành phố) by code; paginated with limit and cursor")
    @APIResponse(responseCode = "200", description = "A page of provinces",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProvincePage.class)))
    @APIResponse(responseCode = "400", description = "Invalid limit or cursor")
    public Response provinces(
            @QueryParam("cursor") @Pattern(regexp = "\\d{2}", message = "must be a cursor this API returned") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        Slice<ProvinceView> slice = slice(AdministrativeUnits.provinces(), Province::code, ProvinceView::of, cursor, limit);
        return cached(new ProvincePage(slice.items(), slice.nextCursor()));
    }

    @GET
    @Path("provinces/{code}/communes")
    @Operation(operationId = "listCommunesOfProvince", summary = "The communes (xã, phường, đặc khu) of a province by code")
    @APIResponse(responseCode = "200", description = "A page of communes",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommunePage.class)))
    @APIResponse(responseCode = "404", description = "No province in force with this code",
            content = @Content(mediaType = "application/problem+json"))
    public Response communesOf(@PathParam("code") String code,
            @QueryParam("cursor") @Pattern(regexp = "\\d{5}", message = "must be a cursor this API returned") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        if (!AdministrativeUnits.isProvince(code)) {
            throw ProblemException.notFound("Province", code);
        }
        return communePage(AdministrativeUnits.communesOf(code), cursor, limit);
    }

    @GET
    @Path("communes")
    @Operation(operationId = "searchCommunes", summary = "Communes whose full name contains the text, ignoring case, "
            + "diacritics and where the tone mark sits (\"Hoà\" = \"Hòa\"); optionally within one province")
    @APIResponse(responseCode = "200", description = "A page of communes by code",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommunePage.class)))
    @APIResponse(responseCode = "400", description = "Missing name, invalid province, limit or cursor")
    public Response search(
            @QueryParam("name") @Size(min = 1, max = 100, message = "must be 1 to 100 characters") String name,
            @QueryParam("province") @Pattern(regexp = "\\d{2}", message = "must be a 2-digit province code") String province,
            @QueryParam("cursor") @Pattern(regexp = "\\d{5}", message = "must be a cursor this API returned") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        if (name == null || VietnameseText.fold(name).isEmpty()) {
            throw ProblemException.badRequest("A name to search for is required",
                    List.of(new Problem.Violation("name", "must not be blank")));
        }
        if (province != null) {
            AdministrativeUnits.requireProvince("province", province);
        }
        return communePage(AdministrativeUnits.searchCommunes(name, province), cursor, limit);
    }

    @GET
    @Path("communes/{code}")
    @Operation(operationId = "getCommune", summary = "One commune; for a code of before 2025, what it became")
    @APIResponse(responseCode = "200", description = "The commune (inForce true), or the former commune with its successors",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommuneView.class)))
    @APIResponse(responseCode = "404", description = "No commune, now or before 2025, with this code",
            content = @Content(mediaType = "application/problem+json"))
    public Response commune(@PathParam("code") String code) {
        CommuneView view = AdministrativeUnits.commune(code).map(CommuneView::of)
                .or(() -> AdministrativeUnits.formerCommune(code).map(CommuneView::former))
                .orElseThrow(() -> ProblemException.notFound("Commune", code));
        return cached(view);
    }

    private static Response communePage(List<Commune> communes, String cursor, int limit) {
        Slice<CommuneView> slice = slice(communes, Commune::code, CommuneView::of, cursor, limit);
        return cached(new CommunePage(slice.items(), slice.nextCursor()));
    }

    private record Slice<V>(List<V> items, String nextCursor) {
    }

    /** The units after the cursor's code (lists are ordered by code), and the cursor of the next page. */
    private static <T, V> Slice<V> slice(Collection<T> units, Function<T, String> code, Function<T, V> view,
            String cursor, int limit) {
        List<T> fetched = units.stream().filter(u -> cursor == null || code.apply(u).compareTo(cursor) > 0)
                .limit(limit + 1L).toList();
        String next = fetched.size() > limit ? code.apply(fetched.get(limit - 1)) : null;
        return new Slice<>(fetched.stream().limit(limit).map(view).toList(), next);
    }

    private static Response cached(Object body) {
        return Response.ok(body).cacheControl(ONE_DAY).build();
    }
}
