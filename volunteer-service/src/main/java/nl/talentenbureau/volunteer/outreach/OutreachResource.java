package nl.talentenbureau.volunteer.outreach;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.RunOnVirtualThread;

import nl.talentenbureau.platform.http.ETags;
import nl.talentenbureau.platform.security.Caller;
import nl.talentenbureau.platform.security.Roles;

/** Events for 60-plussers as a way in to volunteering, managed by the coordinators of the organisation giving them. */
@Path("/api/outreach-events")
@Tag(name = "Outreach events", description = "Events for 60-plussers, their sign-ups and the invitation to apply (\"vinden\")")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "oidc")
public class OutreachResource {

    private final OutreachService events;
    private final Caller caller;

    public OutreachResource(OutreachService events, Caller caller) {
        this.events = events;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RunOnVirtualThread
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Announce an event", description = "For the coordinator's organisation; anyone reads it at /api/public/outreach-events and may sign up.")
    @APIResponse(responseCode = "201", description = "Announced", headers = {
            @Header(name = "Location", description = "The new event"),
            @Header(name = "ETag", description = "Its version")}, content = @Content(schema = @Schema(implementation = OutreachView.class)))
    @APIResponse(responseCode = "400", description = "Malformed body or invalid field (a date in the past)")
    @APIResponse(responseCode = "422", description = "Unknown kern")
    public Response create(@NotNull @Valid OutreachInput.Event input) {
        OutreachService.Details created = events.create(caller.requireOrganisation(), input);
        return Response.created(URI.create("/api/outreach-events/" + created.event().id))
                .tag(ETags.of(created.event().version)).entity(created.view()).build();
    }

    @GET
    @RunOnVirtualThread
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(summary = "List events", description = "A coordinator's organisation's, an admin's: all; latest first, at most 200.")
    @APIResponse(responseCode = "200", description = "The events", content = @Content(schema = @Schema(implementation = OutreachView.class, type = SchemaType.ARRAY)))
    public List<OutreachView> list() {
        return events.list(caller.isAdmin() ? null : caller.requireOrganisation()).stream()
                .map(OutreachService.Details::view).toList();
    }

    @GET
    @Path("/{id}")
    @RunOnVirtualThread
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(summary = "Read an event")
    @APIResponse(responseCode = "200", description = "The event", headers = @Header(name = "ETag", description = "Its version"), content = @Content(schema = @Schema(implementation = OutreachView.class)))
    @APIResponse(responseCode = "400", description = "The id is not a UUID")
    @APIResponse(responseCode = "403", description = "Another organisation's event")
    @APIResponse(responseCode = "404", description = "No such event")
    public Response get(@PathParam("id") UUID id) {
        OutreachService.Details details = events.get(id, caller.isAdmin() ? null : caller.requireOrganisation(),
                caller.isAdmin());
        return Response.ok(details.view()).tag(ETags.of(details.event().version)).build();
    }

    @GET
    @Path("/{id}/signups")
    @RunOnVirtualThread
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "List an event's sign-ups", description = "For the coordinators of its organisation: names and contact, in the order made.")
    @APIResponse(responseCode = "200", description = "The sign-ups", content = @Content(schema = @Schema(implementation = SignupView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "The id is not a UUID")
    @APIResponse(responseCode = "403", description = "Another organisation's event")
    @APIResponse(responseCode = "404", description = "No such event")
    public List<SignupView> signups(@PathParam("id") UUID id) {
        return events.signups(id, caller.requireOrganisation());
    }

    @POST
    @Path("/{id}/invitations")
    @RunOnVirtualThread
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Invite those who showed interest to apply", description = "From the event's day on, once: every confirmed sign-up that said it would like to hear about volunteering gets a mail with a link to apply (source EVENT).")
    @APIResponse(responseCode = "200", description = "Invited", content = @Content(schema = @Schema(implementation = InvitationsView.class)))
    @APIResponse(responseCode = "400", description = "The id is not a UUID")
    @APIResponse(responseCode = "403", description = "Another organisation's event")
    @APIResponse(responseCode = "404", description = "No such event")
    @APIResponse(responseCode = "409", description = "The event is still to come, or they were invited already")
    public InvitationsView invite(@PathParam("id") UUID id) {
        return events.invite(id, caller.requireOrganisation());
    }
}
