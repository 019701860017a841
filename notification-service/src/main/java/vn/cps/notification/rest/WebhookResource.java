package vn.cps.notification.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cps.notification.domain.Webhook;
import vn.cps.notification.service.Webhooks;
import vn.cps.platform.problem.Problem;
import vn.cps.platform.security.Roles;

@Path("/api/v1/webhooks")
@Tag(name = "Webhooks", description = "Partner systems' endpoints per agency; bodies signed with HMAC-SHA256")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.PARTNER_SYSTEM})
public class WebhookResource {

    private final Webhooks webhooks;

    WebhookResource(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    public record WebhookRequest(@NotBlank @Size(max = 32) @Pattern(regexp = "[A-Z0-9][A-Z0-9_-]*") String agencyCode,
            @NotBlank @Size(max = 500) String url) {
    }

    /** A webhook; the secret only in the answer that created or rotated it. */
    public record WebhookView(UUID id, String agencyCode, String url, Instant createdAt, String secret) {

        static WebhookView of(Webhook w, boolean withSecret) {
            return new WebhookView(w.id(), w.agencyCode(), w.url(), w.createdAt(), withSecret ? w.secret() : null);
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "registerWebhook", summary = "Register a webhook for an agency",
            description = "Each POST carries X-CPS-Notification-Id (dedupe on it), X-CPS-Notification-Type and "
                    + "X-CPS-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of \"<t>.<body>\" with the secret>. "
                    + "The secret is in this answer only.")
    @APIResponse(responseCode = "201", description = "The webhook with its secret, its URL in Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WebhookView.class)))
    @APIResponse(responseCode = "403", description = "A partner system registering for another agency")
    @APIResponse(responseCode = "422", description = "Not an https URL (or http where allowed), or with credentials")
    public Response register(@Valid @NotNull WebhookRequest request) {
        Webhook webhook = webhooks.register(request.agencyCode(), request.url());
        return Response.created(URI.create("/api/v1/webhooks/" + webhook.id())).entity(WebhookView.of(webhook, true))
                .build();
    }

    @GET
    @Operation(operationId = "listWebhooks",
            summary = "Active webhooks: all for an admin, your agency's for a partner system")
    @APIResponse(responseCode = "200", description = "The webhooks, without secrets")
    public List<WebhookView> list() {
        return webhooks.list().stream().map(w -> WebhookView.of(w, false)).toList();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "readWebhook", summary = "One webhook")
    @APIResponse(responseCode = "200", description = "The webhook, without its secret")
    @APIResponse(responseCode = "404", description = "No such active webhook of yours")
    public WebhookView get(@PathParam("id") UUID id) {
        return WebhookView.of(webhooks.get(id), false);
    }

    @POST
    @Path("{id}/secret")
    @Operation(operationId = "rotateWebhookSecret",
            summary = "Rotate the secret; the old one stops signing at once")
    @APIResponse(responseCode = "200", description = "The webhook with its new secret")
    @APIResponse(responseCode = "404", description = "No such active webhook of yours")
    public WebhookView rotate(@PathParam("id") UUID id) {
        return WebhookView.of(webhooks.rotateSecret(id), true);
    }

    @DELETE
    @Path("{id}")
    // answers no body, or a problem: a client that accepts only problem+json (as generated clients do) is not refused
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Operation(operationId = "removeWebhook",
            summary = "Remove a webhook; pending deliveries to it are given up")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such active webhook of yours")
    public void remove(@PathParam("id") UUID id) {
        webhooks.remove(id);
    }
}
