package nl.talentenbureau.volunteer.outreach;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.RunOnVirtualThread;

import nl.talentenbureau.volunteer.catalog.CatalogViews;
import nl.talentenbureau.volunteer.core.ConfirmationTokens;
import nl.talentenbureau.volunteer.core.PublicWrite;

/**
 * The upcoming events and the anonymous sign-up, for the coalition's and municipality's websites. The gateway routes
 * them without a token, the sign-up with a rate limit per address and a body limit; an unconfirmed sign-up is deleted
 * after a day.
 */
@Path("/api/public/outreach-events")
@Tag(name = "Outreach events")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class PublicOutreachResource {

    static final String CACHE_CONTROL = "public, max-age=60";

    private final OutreachService events;

    public PublicOutreachResource(OutreachService events) {
        this.events = events;
    }

    @GET
    @RunOnVirtualThread
    @Operation(summary = "List upcoming events (public)", description = "Anonymous; from today on, soonest first, at most 200; the free places as a number.")
    @APIResponse(responseCode = "200", description = "The events", headers = @Header(name = "Cache-Control", description = "public, max-age=60"), content = @Content(schema = @Schema(implementation = PublicOutreachView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "Invalid parameter")
    public Response list(
            @Parameter(description = "Kern code", example = "breukelen") @QueryParam("kern") @Size(max = 60) @Pattern(regexp = CatalogViews.CODE_PATTERN) String kern) {
        List<PublicOutreachView> found = events.upcoming(kern).stream().map(OutreachService.Details::publicView)
                .toList();
        return Response.ok(found).header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL).build();
    }

    @GET
    @Path("/{id}")
    @RunOnVirtualThread
    @Operation(summary = "Read an upcoming event (public)", description = "Anonymous; a past or unknown event is 404.")
    @APIResponse(responseCode = "200", description = "The event", headers = @Header(name = "Cache-Control", description = "public, max-age=60"), content = @Content(schema = @Schema(implementation = PublicOutreachView.class)))
    @APIResponse(responseCode = "400", description = "The id is not a UUID")
    @APIResponse(responseCode = "404", description = "No upcoming event with this id")
    public Response get(@PathParam("id") UUID id) {
        return Response.ok(events.upcoming(id).publicView()).header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL).build();
    }

    @POST
    @Path("/{id}/signups")
    @Consumes(MediaType.APPLICATION_JSON)
    @RunOnVirtualThread
    @PublicWrite
    @Operation(summary = "Sign up for an event (public)", description = "Anonymous. A mail with a link follows; a sign-up whose link is not followed within a day is deleted. Nothing sent is echoed. One sign-up per address and event (compared without case): sending it again answers that sign-up (201, the same id, UNCONFIRMED or CONFIRMED) and takes no second place.")
    @APIResponse(responseCode = "201", description = "Signed up, to be confirmed by the mail's link", headers = @Header(name = "Location", description = "The event"), content = @Content(schema = @Schema(implementation = SignupReceipt.class)))
    @APIResponse(responseCode = "400", description = "Malformed body or invalid field (no consent, no e-mail address)")
    @APIResponse(responseCode = "404", description = "No upcoming event with this id")
    @APIResponse(responseCode = "409", description = "The event is full")
    @APIResponse(responseCode = "413", description = "The body is larger than volunteer.recruitment.max-body-bytes")
    public Response signUp(@PathParam("id") UUID id, @NotNull @Valid OutreachInput.SignUp input) {
        SignupReceipt receipt = events.signUp(id, input);
        return Response.created(URI.create("/api/public/outreach-events/" + id)).entity(receipt).build();
    }

    @GET
    @Path("/signups/confirmation")
    @RunOnVirtualThread
    @Operation(summary = "Confirm a sign-up (the mail's link, public)", description = "Anonymous; the link in the sign-up's mail. Keeps the sign-up; following it again answers the same.")
    @APIResponse(responseCode = "200", description = "Confirmed", content = @Content(schema = @Schema(implementation = SignupReceipt.class)))
    @APIResponse(responseCode = "400", description = "Not a token of this service's shape")
    @APIResponse(responseCode = "404", description = "Unknown token, or the sign-up was deleted unconfirmed")
    public SignupReceipt confirm(
            @Parameter(description = "The token from the mail's link", required = true, example = "q3J0c2x2bU5hZ0pQbE9hS1RqY3Z4d0ZtY1ZkV2JwYQA") @QueryParam("token") @NotNull @Pattern(regexp = ConfirmationTokens.PATTERN) String token) {
        return events.confirm(token);
    }
}
