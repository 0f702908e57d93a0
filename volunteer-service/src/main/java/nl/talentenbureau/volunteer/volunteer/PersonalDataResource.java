package nl.talentenbureau.volunteer.volunteer;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.RunOnVirtualThread;

import nl.talentenbureau.platform.security.Caller;
import nl.talentenbureau.platform.security.Roles;
import nl.talentenbureau.volunteer.privacy.MatchingRecords;

/**
 * Export and erasure of everything held on a person: the volunteer for themselves, an admin for anyone. Both reach
 * every feature's part of the profile, so they sit in the volunteer feature, above the others; the consent
 * operations of the same "Privacy" tag are in {@code privacy.ConsentResource}.
 */
@Path("/api/volunteers")
@Tag(name = "Privacy", description = "Consent, export and erasure of personal data")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "oidc")
public class PersonalDataResource {

    private final VolunteerService volunteers;
    private final MatchingRecords matching;
    private final Caller caller;
    private final JsonWebToken token;

    public PersonalDataResource(VolunteerService volunteers, MatchingRecords matching, Caller caller,
            JsonWebToken token) {
        this.volunteers = volunteers;
        this.matching = matching;
        this.caller = caller;
        this.token = token;
    }

    @GET
    @Path("/me/export")
    @RunOnVirtualThread
    @RolesAllowed(Roles.VOLUNTEER)
    @Operation(summary = "Export everything held on you", description = "Your profile, and what matching-service holds on you (your matches, hours, reasons and feedback), asked with your token; when matching cannot be asked just now, matching.available is false.")
    @APIResponse(responseCode = "200", description = "Your data", content = @Content(schema = @Schema(implementation = PersonalDataExport.class)))
    @APIResponse(responseCode = "404", description = "You have not applied yet")
    public PersonalDataExport exportOwn() {
        return volunteers.exportOwn(caller.subject()).with(matching.own(token.getRawToken()));
    }

    @GET
    @Path("/{id}/export")
    @RunOnVirtualThread
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Export everything held on a volunteer", description = "For a data subject's request received by the coalition: the profile, and what matching-service holds on the volunteer, asked with your token; when matching cannot be asked just now, matching.available is false.")
    @APIResponse(responseCode = "200", description = "The data", content = @Content(schema = @Schema(implementation = PersonalDataExport.class)))
    @APIResponse(responseCode = "404", description = "No such volunteer, or erased")
    public PersonalDataExport export(@PathParam("id") UUID id) {
        return volunteers.export(id).with(matching.of(id, token.getRawToken()));
    }

    @DELETE
    @Path("/me")
    @RunOnVirtualThread
    @RolesAllowed(Roles.VOLUNTEER)
    @Operation(summary = "Erase your personal data", description = "Anonymises your profile and unlinks your account; counts in reports stay. Other services are told through the feed.")
    @APIResponse(responseCode = "204", description = "Erased")
    @APIResponse(responseCode = "404", description = "You have no profile")
    public void eraseOwn() {
        volunteers.eraseOwn(caller.subject());
    }

    @DELETE
    @Path("/{id}")
    @RunOnVirtualThread
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Erase a volunteer's personal data", description = "Anonymises the profile; counts in reports stay. Other services are told through the feed.")
    @APIResponse(responseCode = "204", description = "Erased")
    @APIResponse(responseCode = "404", description = "No such volunteer, or erased already")
    public void erase(@PathParam("id") UUID id) {
        volunteers.erase(id);
    }
}
