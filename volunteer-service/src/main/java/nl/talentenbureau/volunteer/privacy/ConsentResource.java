package nl.talentenbureau.volunteer.privacy;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.RunOnVirtualThread;

import nl.talentenbureau.platform.security.Caller;
import nl.talentenbureau.platform.security.Roles;
import nl.talentenbureau.volunteer.core.Profiles;

/**
 * Consent: the volunteer for themselves, coordinators of their organisations record what they were told on paper,
 * by phone or in person; the volunteer reads the history of every change. Export and erasure gather every
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
    @Operation(summary = "Give consent for a purpose", description = "Idempotent; records the time it was given, and in your consent history that you gave it yourself (channel SELF).")
    @APIResponse(responseCode = "200", description = "The consent", content = @Content(schema = @Schema(implementation = ConsentView.class)))
    @APIResponse(responseCode = "404", description = "Unknown purpose, or you have not applied yet")
    public ConsentView giveOwn(
            @Parameter(description = "The purpose", example = "MATCHING") @PathParam("purpose") ConsentPurpose purpose) {
        return consents.give(profiles.ownId(caller.subject()), purpose, ConsentActor.self(caller.subject()));
    }

    @DELETE
    @Path("/me/consents/{purpose}")
    @RunOnVirtualThread
    @RolesAllowed(Roles.VOLUNTEER)
    @Operation(summary = "Withdraw consent for a purpose", description = "Records the time it was withdrawn, and that you withdrew it yourself: no coordinator can give it again for you, only you can.")
    @APIResponse(responseCode = "200", description = "The consent", content = @Content(schema = @Schema(implementation = ConsentView.class)))
    @APIResponse(responseCode = "404", description = "No such consent, or you have not applied yet")
    public ConsentView withdrawOwn(
            @Parameter(description = "The purpose", example = "MATCHING") @PathParam("purpose") ConsentPurpose purpose) {
        return consents.withdraw(profiles.ownId(caller.subject()), purpose, ConsentActor.self(caller.subject()));
    }

    @GET
    @Path("/me/consents/history")
    @RunOnVirtualThread
    @RolesAllowed(Roles.VOLUNTEER)
    @Operation(summary = "Your consent history", description = "Every time one of your consents was given or withdrawn, oldest first: by you (SELF) or by a coordinator of one of your organisations who recorded what you told them on paper, by phone or in person.")
    @APIResponse(responseCode = "200", description = "The changes, oldest first", content = @Content(schema = @Schema(implementation = ConsentChangeView.class, type = SchemaType.ARRAY), examples = @ExampleObject(name = "given, then withdrawn by phone", value = """
            [{"purpose": "MATCHING", "action": "GIVEN", "channel": "SELF", "recordedBy": "VOLUNTEER",
              "organisation": null, "at": "2026-10-01T09:00:00+02:00"},
             {"purpose": "MATCHING", "action": "WITHDRAWN", "channel": "PHONE", "recordedBy": "COORDINATOR",
              "organisation": "welzijn-stichtse-vecht", "at": "2026-11-02T10:15:30+01:00"}]""")))
    @APIResponse(responseCode = "404", description = "You have not applied yet")
    public List<ConsentChangeView> ownHistory() {
        return consents.historyOf(profiles.ownId(caller.subject()));
    }

    @PUT
    @Path("/{id}/consents/{purpose}")
    @RunOnVirtualThread
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Record consent a volunteer gave on paper, by phone or in person", description = "For a volunteer of your own organisation; idempotent. Recorded in the volunteer's consent history with you, your organisation and the channel. A consent the volunteer withdrew themselves cannot be given again by a coordinator: 409.")
    @APIResponse(responseCode = "200", description = "The consent", content = @Content(schema = @Schema(implementation = ConsentView.class)))
    @APIResponse(responseCode = "400", description = "A channel other than PAPER, PHONE or IN_PERSON")
    @APIResponse(responseCode = "403", description = "The volunteer is not a member of your organisation")
    @APIResponse(responseCode = "404", description = "No such volunteer or purpose")
    @APIResponse(responseCode = "409", description = "The volunteer withdrew this consent themselves; only they can give it again")
    public ConsentView give(@PathParam("id") UUID id,
            @Parameter(description = "The purpose", example = "MATCHING") @PathParam("purpose") ConsentPurpose purpose,
            @Parameter(description = "How the volunteer gave it: PAPER (the default), PHONE or IN_PERSON", example = "PHONE") @QueryParam("channel") @DefaultValue("PAPER") ConsentChannel channel) {
        return consents.give(id, purpose, coordinator(channel));
    }

    @DELETE
    @Path("/{id}/consents/{purpose}")
    @RunOnVirtualThread
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Record that a volunteer withdrew consent", description = "For a volunteer of your own organisation; recorded in their consent history with you, your organisation and the channel.")
    @APIResponse(responseCode = "200", description = "The consent", content = @Content(schema = @Schema(implementation = ConsentView.class)))
    @APIResponse(responseCode = "400", description = "A channel other than PAPER, PHONE or IN_PERSON")
    @APIResponse(responseCode = "403", description = "The volunteer is not a member of your organisation")
    @APIResponse(responseCode = "404", description = "No such volunteer or consent")
    public ConsentView withdraw(@PathParam("id") UUID id,
            @Parameter(description = "The purpose", example = "MATCHING") @PathParam("purpose") ConsentPurpose purpose,
            @Parameter(description = "How the volunteer withdrew it: PAPER (the default), PHONE or IN_PERSON", example = "PHONE") @QueryParam("channel") @DefaultValue("PAPER") ConsentChannel channel) {
        return consents.withdraw(id, purpose, coordinator(channel));
    }

    private ConsentActor coordinator(ConsentChannel channel) {
        return ConsentActor.coordinator(caller.subject(), caller.organisation().orElse(null), channel);
    }
}
