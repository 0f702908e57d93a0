package nl.talentenbureau.volunteer.privacy;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
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
import nl.talentenbureau.volunteer.volunteer.VolunteerService;
import nl.talentenbureau.volunteer.volunteer.VolunteerView;

/** Consent, export and erasure: the volunteer for themselves, coordinators record consent, an admin erases. */
@Path("/api/volunteers")
@Tag(name = "Privacy", description = "Consent, export and erasure of personal data")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "oidc")
public class PrivacyResource {

    private final ConsentService consents;
    private final VolunteerService volunteers;
    private final Caller caller;

    public PrivacyResource(ConsentService consents, VolunteerService volunteers, Caller caller) {
        this.consents = consents;
        this.volunteers = volunteers;
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
        return consents.give(volunteers.ownId(caller.subject()), purpose);
    }

    @DELETE
    @Path("/me/consents/{purpose}")
    @RunOnVirtualThread
    @RolesAllowed(Roles.VOLUNTEER)
    @Operation(summary = "Withdraw consent for a purpose", description = "Records the time it was withdrawn.")
    @APIResponse(responseCode = "200", description = "The consent", content = @Content(schema = @Schema(implementation = ConsentView.class)))
    @APIResponse(responseCode = "404", description = "No such consent, or you have not applied yet")
    public ConsentView withdrawOwn(@PathParam("purpose") ConsentPurpose purpose) {
        return consents.withdraw(volunteers.ownId(caller.subject()), purpose);
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

    @GET
    @Path("/me/export")
    @RunOnVirtualThread
    @RolesAllowed(Roles.VOLUNTEER)
    @Operation(summary = "Export everything held on you")
    @APIResponse(responseCode = "200", description = "Your data", content = @Content(schema = @Schema(implementation = PersonalDataExport.class)))
    @APIResponse(responseCode = "404", description = "You have not applied yet")
    public PersonalDataExport exportOwn() {
        return exportOf(VolunteerView.of(volunteers.ownDetails(caller.subject())));
    }

    @GET
    @Path("/{id}/export")
    @RunOnVirtualThread
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Export everything held on a volunteer", description = "For a data subject's request received by the coalition.")
    @APIResponse(responseCode = "200", description = "The data", content = @Content(schema = @Schema(implementation = PersonalDataExport.class)))
    @APIResponse(responseCode = "404", description = "No such volunteer, or erased")
    public PersonalDataExport export(@PathParam("id") UUID id) {
        return exportOf(VolunteerView.of(volunteers.details(id)));
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

    private static PersonalDataExport exportOf(VolunteerView profile) {
        return new PersonalDataExport(OffsetDateTime.now(), profile, PersonalDataExport.SHARED_WITH);
    }
}
