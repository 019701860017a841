package vn.cps.notification.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cps.notification.domain.Channel;
import vn.cps.notification.domain.RoutingRule;
import vn.cps.notification.service.RoutingRules;
import vn.cps.platform.security.Roles;
import vn.cps.platform.web.Responses;

@Path("/api/v1/routing-rules")
@Tag(name = "Routing rules", description = "Which event or reminder notifies whom, where, through which channels")
@Produces(MediaType.APPLICATION_JSON)
public class RoutingRuleResource {

    private final RoutingRules rules;

    RoutingRuleResource(RoutingRules rules) {
        this.rules = rules;
    }

    /** A rule as the API shows it; {@code version} is also its ETag. */
    public record RuleView(UUID id, String trigger, String notificationType, String recipientRole,
            String recipientScope, List<String> channels, boolean legalDeadline, boolean enabled, String description,
            long version) {

        static RuleView of(RoutingRule r) {
            return new RuleView(r.id(), r.trigger(), r.notificationType().name(), r.recipientRole(),
                    r.recipientScope().name(), r.channels().stream().map(Channel::name).toList(), r.legalDeadline(),
                    r.enabled(), r.description(), r.version());
        }
    }

    public record RuleRequest(@NotBlank @Size(max = 128) String trigger, @NotBlank @Size(max = 64) String notificationType,
            @NotBlank @Size(max = 64) String recipientRole, @NotBlank @Size(max = 16) String recipientScope,
            @NotEmpty @Size(max = 4) List<@NotBlank String> channels, boolean legalDeadline,
            @Size(max = 300) String description) {
    }

    public record RuleChange(@NotEmpty @Size(max = 4) List<@NotBlank String> channels, boolean legalDeadline,
            @NotNull Boolean enabled, @Size(max = 300) String description) {
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    @Operation(operationId = "listRoutingRules", summary = "The routing rules, by trigger, type and role")
    @APIResponse(responseCode = "200", description = "Every rule, or those of one trigger")
    public List<RuleView> list(@QueryParam("trigger") @Size(max = 128) String trigger) {
        return rules.list(trigger).stream().map(RuleView::of).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    @Operation(operationId = "readRoutingRule",
            summary = "One routing rule, with its version as ETag")
    @APIResponse(responseCode = "200", description = "The rule, its version as ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RuleView.class)))
    @APIResponse(responseCode = "404", description = "No such rule")
    public Response get(@PathParam("id") UUID id) {
        RoutingRule rule = rules.get(id);
        return Responses.versioned(Response.ok(RuleView.of(rule)), rule.version()).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "defineRoutingRule", summary = "Define a routing rule",
            description = "WEBHOOK is for role partner-system with scope AGENCY; legal-deadline rules cannot be muted.")
    @APIResponse(responseCode = "201", description = "The rule, its URL in Location and its version as ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RuleView.class)))
    @APIResponse(responseCode = "409", description = "A rule for the same trigger, type, role and scope exists")
    @APIResponse(responseCode = "422", description = "Unknown trigger, type, role, scope or channel")
    public Response define(@Valid @NotNull RuleRequest request) {
        RoutingRule rule = rules.define(new RoutingRules.Definition(request.trigger(), request.notificationType(),
                request.recipientRole(), request.recipientScope(), request.channels(), request.legalDeadline(),
                request.description()));
        return Responses.versioned(Response.created(URI.create("/api/v1/routing-rules/" + rule.id()))
                .entity(RuleView.of(rule)), rule.version()).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "changeRoutingRule",
            summary = "Change a rule's channels, legal-deadline flag, on/off and description (If-Match required)")
    @APIResponse(responseCode = "200", description = "The rule, changed, its new version as ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RuleView.class)))
    @APIResponse(responseCode = "404", description = "No such rule")
    @APIResponse(responseCode = "412", description = "The rule changed since you read it")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response change(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull RuleChange request) {
        RoutingRule rule = rules.change(id, ifMatch, request.channels(), request.legalDeadline(), request.enabled(),
                request.description());
        return Responses.versioned(Response.ok(RuleView.of(rule)), rule.version()).build();
    }
}
