package nl.talentenbureau.volunteer.volunteer;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.RunOnVirtualThread;

import nl.talentenbureau.platform.http.ETags;
import nl.talentenbureau.platform.security.Caller;
import nl.talentenbureau.platform.security.Roles;

/** A volunteer's own profile, found through the token's subject: nobody else's is reachable from here. */
@Path("/api/volunteers")
@Tag(name = "My profile", description = "Self-service for volunteers")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.VOLUNTEER)
@SecurityRequirement(name = "oidc")
public class SelfServiceResource {

    private final VolunteerService volunteers;
    private final Caller caller;

    public SelfServiceResource(VolunteerService volunteers, Caller caller) {
        this.volunteers = volunteers;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/me")
    @RunOnVirtualThread
    @Operation(summary = "Apply as a volunteer", description = "Creates your profile (status APPLIED, capacity 1), linked to your account.")
    @APIResponse(responseCode = "201", description = "Registered", headers = {
            @Header(name = "Location", description = "Your profile"),
            @Header(name = "ETag", description = "Version to send in If-Match")}, content = @Content(schema = @Schema(implementation = VolunteerView.class)))
    @APIResponse(responseCode = "400", description = "Malformed body, invalid field or a field you cannot set")
    @APIResponse(responseCode = "409", description = "Your account already has a profile")
    @APIResponse(responseCode = "422", description = "Unknown or retired kern, talent or theme code")
    public Response register(@NotNull @Valid ProfileInput input) {
        VolunteerDetails created = volunteers.register(caller.subject(), input);
        return VolunteerResource.withETag(Response.created(URI.create("/api/volunteers/me")), created);
    }

    @GET
    @Path("/me")
    @RunOnVirtualThread
    @Operation(summary = "Read your profile")
    @APIResponse(responseCode = "200", description = "Your profile", headers = @Header(name = "ETag", description = "Version to send in If-Match"), content = @Content(schema = @Schema(implementation = VolunteerView.class)))
    @APIResponse(responseCode = "404", description = "You have not applied yet")
    public Response get() {
        return VolunteerResource.withETag(Response.ok(), volunteers.ownDetails(caller.subject()));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/me")
    @RunOnVirtualThread
    @Operation(summary = "Change your profile", description = "Replaces contact, kern, travel distance, languages, talents, weekly availability and themes. Needs the ETag last read in If-Match.")
    @APIResponse(responseCode = "200", description = "Changed", headers = @Header(name = "ETag", description = "The new version"), content = @Content(schema = @Schema(implementation = VolunteerView.class)))
    @APIResponse(responseCode = "400", description = "Malformed body, invalid field or a field you cannot set (status, capacity, ...)")
    @APIResponse(responseCode = "404", description = "You have not applied yet")
    @APIResponse(responseCode = "412", description = "Changed since you read it")
    @APIResponse(responseCode = "422", description = "Unknown or retired code")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response replace(
            @Parameter(description = "ETag of the version you read", required = true, example = "\"3\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ProfileInput input) {
        return VolunteerResource.withETag(Response.ok(),
                volunteers.replaceOwn(caller.subject(), ETags.required(ifMatch), input));
    }
}
