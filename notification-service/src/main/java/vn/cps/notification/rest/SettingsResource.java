package vn.cps.notification.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cps.notification.domain.Channel;
import vn.cps.notification.domain.Recipient;
import vn.cps.notification.service.NotificationSettings;
import vn.cps.platform.problem.ProblemException;
import vn.cps.platform.security.Roles;
import vn.cps.platform.web.Responses;

@Path("/api/v1/me/notification-settings")
@Tag(name = "Settings", description = "Where you are reached by email and SMS, and what you muted")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.HOTLINE_OPERATOR, Roles.CASE_WORKER, Roles.CASE_APPROVER, Roles.CASE_SUPERVISOR,
        Roles.AGENCY_LIAISON, Roles.PLAN_MANAGER, Roles.PLAN_CONTRIBUTOR, Roles.AUDITOR, Roles.ADMIN})
public class SettingsResource {

    private final NotificationSettings settings;

    SettingsResource(NotificationSettings settings) {
        this.settings = settings;
    }

    public record SettingsRequest(@Email @Size(max = 254) String email,
            @Pattern(regexp = "(\\+84|0)[0-9]{9,10}", message = "must be a Vietnamese phone number") String phone,
            @Size(max = 2) List<@NotNull String> mutedChannels) {
    }

    /** Your settings, and the roles, jurisdiction and agency rules find you by (as of your last save). */
    public record SettingsView(String email, String phone, List<String> mutedChannels, List<String> roles,
            String jurisdiction, String agency, long version) {

        static SettingsView of(Recipient r) {
            return new SettingsView(r.email(), r.phone(), r.muted().stream().map(Channel::name).sorted().toList(),
                    r.roles().stream().sorted().toList(), r.jurisdiction(), r.agency(), r.version());
        }
    }

    @GET
    @Operation(operationId = "readSettings", summary = "Your notification settings")
    @APIResponse(responseCode = "200", description = "Your settings, version as ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SettingsView.class)))
    @APIResponse(responseCode = "404", description = "You saved none yet: you get the inbox only")
    public Response get() {
        Recipient mine = settings.mine();
        if (mine == null) {
            throw ProblemException.notFound("Notification settings of", "you");
        }
        return Responses.versioned(Response.ok(SettingsView.of(mine)), mine.version()).build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "saveSettings", summary = "Save your email, phone and muted channels",
            description = "EMAIL and SMS can be muted; legal-deadline alerts reach you anyway. If-Match is required "
                    + "once settings exist.")
    @APIResponse(responseCode = "200", description = "Your settings, saved, their new version as ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SettingsView.class)))
    @APIResponse(responseCode = "412", description = "Your settings changed since you read them")
    @APIResponse(responseCode = "422", description = "A channel that cannot be muted")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response save(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull SettingsRequest request) {
        Recipient saved = settings.save(request.email(), request.phone(), request.mutedChannels(), ifMatch);
        return Responses.versioned(Response.ok(SettingsView.of(saved)), saved.version()).build();
    }
}
