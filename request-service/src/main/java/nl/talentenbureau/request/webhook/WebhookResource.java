package nl.talentenbureau.request.webhook;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.RunOnVirtualThread;

import nl.talentenbureau.platform.http.PageView;
import nl.talentenbureau.platform.problem.ProblemException;
import nl.talentenbureau.platform.security.Caller;
import nl.talentenbureau.platform.security.Roles;
import nl.talentenbureau.request.RequestConfig;
import nl.talentenbureau.request.webhook.WebhookViews.DeliveryView;
import nl.talentenbureau.request.webhook.WebhookViews.WebhookInput;
import nl.talentenbureau.request.webhook.WebhookViews.WebhookRegistered;
import nl.talentenbureau.request.webhook.WebhookViews.WebhookSecretRotated;
import nl.talentenbureau.request.webhook.WebhookViews.WebhookView;

/** A partner app's status callback and its delivery log. */
@Path("/api/webhooks")
@Tag(name = "Webhooks", description = "Status callbacks for partner apps, signed as Standard Webhooks are (HMAC-SHA256)")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "oidc")
@RolesAllowed(Roles.PARTNER)
public class WebhookResource {

    private final WebhookService webhooks;
    private final Caller caller;
    private final RequestConfig config;

    public WebhookResource(WebhookService webhooks, Caller caller, RequestConfig config) {
        this.webhooks = webhooks;
        this.caller = caller;
        this.config = config;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RunOnVirtualThread
    @Operation(summary = "Register your organisation's webhook", description = """
            Every status change of your organisation's requests is posted to the URL as JSON, signed as Standard
            Webhooks are (https://www.standardwebhooks.com): headers webhook-id (the event id, the same on every
            retry), webhook-timestamp (seconds since the epoch) and webhook-signature (v1,<base64 HMAC-SHA256 of
            "<webhook-id>.<webhook-timestamp>.<raw body>">, keyed with the base64 after whsec_ of the secret in this
            answer, which is shown only now). Refuse timestamps older than a few minutes and ids you have seen.
            Retried with exponential backoff until your endpoint answers 2xx within the attempt deadline. The URL
            must be https and resolve to a public address; every refused URL gets the same answer.""")
    @APIResponse(responseCode = "201", description = "Registered", headers = @Header(name = "Location", description = "The webhook"), content = @Content(schema = @Schema(implementation = WebhookRegistered.class)))
    @APIResponse(responseCode = "400", description = "Malformed body, or a URL that is not https of a public host (one answer for every refused URL)")
    @APIResponse(responseCode = "409", description = "Your organisation has a webhook already")
    public Response register(@NotNull @Valid WebhookInput input) {
        WebhookRegistered registered = webhooks.register(caller.requireOrganisation(), input.url());
        return Response.created(URI.create("/api/webhooks/" + registered.id())).entity(registered).build();
    }

    @GET
    @RunOnVirtualThread
    @Operation(summary = "List your organisation's webhooks", description = "At most one; the secret is never shown again.")
    @APIResponse(responseCode = "200", description = "Your webhooks", content = @Content(schema = @Schema(implementation = WebhookView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "403", description = "Not a partner app bound to one organisation")
    public List<WebhookView> list() {
        return webhooks.list(caller.requireOrganisation());
    }

    @GET
    @Path("/{id}")
    @RunOnVirtualThread
    @Operation(summary = "Read a webhook")
    @APIResponse(responseCode = "200", description = "The webhook", content = @Content(schema = @Schema(implementation = WebhookView.class)))
    @APIResponse(responseCode = "404", description = "No such webhook, or another organisation's")
    public WebhookView get(@PathParam("id") UUID id) {
        return webhooks.get(caller.requireOrganisation(), id);
    }

    @POST
    @Path("/{id}/secret")
    @RunOnVirtualThread
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Rotate the webhook's secret", description = """
            Issues a new secret (shown only in this answer). The previous one keeps signing for an overlap period
            (request.webhook.rotation-overlap, one day by default): until previousSecretValidUntil every delivery
            carries two signatures in webhook-signature, one per secret, so your receiver can switch to the new
            secret without losing a delivery. Rotating again ends the older secret's overlap at once. No body.""")
    @APIResponse(responseCode = "200", description = "The new secret", content = @Content(schema = @Schema(implementation = WebhookSecretRotated.class)))
    @APIResponse(responseCode = "404", description = "No such webhook, or another organisation's")
    public WebhookSecretRotated rotateSecret(@PathParam("id") UUID id) {
        return webhooks.rotate(caller.requireOrganisation(), id);
    }

    @DELETE
    @Path("/{id}")
    @RunOnVirtualThread
    @Operation(summary = "Delete a webhook", description = "Stops deliveries; pending ones and the log go with it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such webhook, or another organisation's")
    public void delete(@PathParam("id") UUID id) {
        webhooks.delete(caller.requireOrganisation(), id);
    }

    @GET
    @Path("/{id}/deliveries")
    @RunOnVirtualThread
    @Operation(summary = "Read the delivery log", description = "Newest first; each delivery lists every attempt with the status your endpoint answered.")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(schema = @Schema(implementation = DeliveryPage.class)))
    @APIResponse(responseCode = "400", description = "Invalid paging parameter")
    @APIResponse(responseCode = "404", description = "No such webhook, or another organisation's")
    public PageView<DeliveryView> deliveries(@PathParam("id") UUID id,
            @Parameter(description = "Zero-based page", example = "0") @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
            @Parameter(description = "Page size (at most request.page.max-size)", example = "20") @QueryParam("size") @DefaultValue("20") @Min(1) @Max(1000) int size) {
        if (size > config.page().maxSize()) {
            throw ProblemException.invalid("size", "must be at most " + config.page().maxSize());
        }
        return webhooks.deliveries(caller.requireOrganisation(), id, page, size);
    }

    /** For the OpenAPI document only: a page of deliveries. */
    @Schema(name = "WebhookDeliveryPage", type = SchemaType.OBJECT)
    static final class DeliveryPage {

        public List<DeliveryView> items;
        @Schema(examples = "0")
        public int page;
        @Schema(examples = "20")
        public int size;
        @Schema(examples = "137")
        public long total;
    }
}
