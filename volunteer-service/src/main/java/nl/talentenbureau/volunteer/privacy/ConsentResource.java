package nl.talentenbureau.volunteer.privacy;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.RunOnVirtualThread;

import nl.talentenbureau.platform.security.Caller;
import nl.talentenbureau.platform.security.Roles;
import nl.talentenbureau.volunteer.core.Profiles;

/**
 * Consent: the volunteer for themselves, coordinators record consent given on paper. Export and erasure gather every
 * feature's part of a profile, so they live above the features, in {@code volunteer.PersonalDataResource}.
 */
@Path("/api/volunteers")
@Tag(name = "Privacy", description = "Consent, export and erasure of personal data")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "oidc")
public class ConsentResource {

    private final ConsentService consents;
    private final Profiles profiles;
    private final Caller caller;

    public ConsentResource(ConsentService consents, Profiles profiles, Caller caller) {
        this.consents = consents;
        this.profiles = profiles;
        this.caller = caller;
    }

    @PUT
    @Path("/me/consents/{purpose}")
    @RunOnVirtualThread
    @RolesAllowed(Roles.VOLUNTEER)
    @Operation(summary = "Give consent for a purpose", description = "Idempotent; records the time it was given.")
    @APIResponse(responseCode = "200", description = "The consent", content = @Content(schema = @Schema(implementation = ConsentView.class)))
    @APIResponse(responseCode = "404", description = "Unknown purpose, or you have not applied yet")
    public ConsentView giveOwn(@PathParam("purpose") ConsentPurpose purpose) {
        return consents.give(profiles.ownId(caller.subject()), purpose);
    }

    @DELETE
    @Path("/me/consents/{purpose}")
    @RunOnVirtualThread
    @RolesAllowed(Roles.VOLUNTEER)
    @Operation(summary = "Withdraw consent for a purpose", description = "Records the time it was withdrawn.")
    @APIResponse(responseCode = "200", description = "The consent", content = @Content(schema = @Schema(implementation = ConsentView.class)))
    @APIResponse(responseCode = "404", description = "No such consent, or you have not applied yet")
    public ConsentView withdrawOwn(@PathParam("purpose") ConsentPurpose purpose) {
        return consents.withdraw(profiles.ownId(caller.subject()), purpose);
    }

    @PUT
    @Path("/{id}/consents/{purpose}")
    @RunOnVirtualThread
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Record consent a volunteer gave on paper or in person")
    @APIResponse(responseCode = "200", description = "The consent", content = @Content(schema = @Schema(implementation = ConsentView.class)))
    @APIResponse(responseCode = "404", description = "No such volunteer or purpose")
    public ConsentView give(@PathParam("id") UUID id, @PathParam("purpose") ConsentPurpose purpose) {
        return consents.give(id, purpose);
    }

    @DELETE
    @Path("/{id}/consents/{purpose}")
    @RunOnVirtualThread
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Record that a volunteer withdrew consent")
    @APIResponse(responseCode = "200", description = "The consent", content = @Content(schema = @Schema(implementation = ConsentView.class)))
    @APIResponse(responseCode = "404", description = "No such volunteer or consent")
    public ConsentView withdraw(@PathParam("id") UUID id, @PathParam("purpose") ConsentPurpose purpose) {
        return consents.withdraw(id, purpose);
    }
}
