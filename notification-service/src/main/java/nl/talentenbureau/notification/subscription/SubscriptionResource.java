package nl.talentenbureau.notification.subscription;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.RunOnVirtualThread;

import nl.talentenbureau.platform.problem.ProblemException;
import nl.talentenbureau.platform.security.Caller;
import nl.talentenbureau.platform.security.Roles;

/** A coordinator turns the mails of their organisation on and off; the organisation comes from their token. */
@Path("/api/notifications/subscription")
@Tag(name = "Notifications", description = "Messages sent to volunteers and coordinators, and what became of them")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "oidc")
@RolesAllowed(Roles.COORDINATOR)
public class SubscriptionResource {

    private final Subscriptions subscriptions;
    private final Caller caller;

    public SubscriptionResource(Subscriptions subscriptions, Caller caller) {
        this.subscriptions = subscriptions;
        this.caller = caller;
    }

    @PUT
    @RunOnVirtualThread
    @Operation(summary = "Receive your organisation's mails", description = """
            Mails about your organisation's offers (accepted, declined with the reason, expired, the next candidate \
            offered) and the weekly digest go to the e-mail address of your account. Safe to repeat; after moving to \
            another organisation, send it again.""")
    @APIResponse(responseCode = "200", description = "Subscribed", content = @Content(schema = @Schema(implementation = SubscriptionView.class)))
    public SubscriptionView subscribe() {
        return SubscriptionView.of(subscriptions.subscribe(caller.subject(), caller.requireOrganisation()));
    }

    @GET
    @RunOnVirtualThread
    @Operation(summary = "Whether you receive your organisation's mails")
    @APIResponse(responseCode = "200", description = "Subscribed", content = @Content(schema = @Schema(implementation = SubscriptionView.class)))
    @APIResponse(responseCode = "404", description = "Not subscribed")
    public SubscriptionView read() {
        return subscriptions.of(caller.subject()).map(SubscriptionView::of)
                .orElseThrow(() -> ProblemException.notFound("subscription"));
    }

    @DELETE
    @RunOnVirtualThread
    @Operation(summary = "Stop your organisation's mails")
    @APIResponse(responseCode = "204", description = "No mails any more (also when there was no subscription)")
    public Response unsubscribe() {
        subscriptions.unsubscribe(caller.subject());
        return Response.noContent().build();
    }
}
