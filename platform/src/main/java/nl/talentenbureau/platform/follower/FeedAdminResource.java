package nl.talentenbureau.platform.follower;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.common.annotation.RunOnVirtualThread;

import nl.talentenbureau.platform.security.Roles;

/** Operators' view of the feeds this service follows, and the quarantine (never routed by the gateway). */
@Path("/internal/feeds")
@Tag(name = "Followed feeds", description = "The feeds this service follows, their lag and quarantined events (operators; never routed by the gateway)")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@SecurityRequirement(name = "oidc")
@IfBuildProperty(name = FeedFollowers.ENABLED, stringValue = "true")
public class FeedAdminResource {

    private final FeedFollowers followers;

    public FeedAdminResource(FeedFollowers followers) {
        this.followers = followers;
    }

    @GET
    @RunOnVirtualThread
    @Operation(summary = "List the followed feeds with their position and lag")
    @APIResponse(responseCode = "200", description = "Every followed feed", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = FeedStatusView.class)))
    public List<FeedStatusView> feeds() {
        return followers.all().stream()
                .map(f -> FeedStatusView.of(f.status(), followers.quarantinedCount(f.feed()))).toList();
    }

    @GET
    @Path("/quarantine")
    @RunOnVirtualThread
    @Operation(summary = "List the quarantined events", description = "Events that kept failing and were set aside so their feed went on. No payload is kept; a retry reads the event from its feed again.")
    @APIResponse(responseCode = "200", description = "Quarantined events, by feed and position", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = QuarantinedEvent.class)))
    public List<QuarantinedEvent> quarantine() {
        return followers.quarantined();
    }

    @POST
    @Path("/{feed}/quarantine/{seq}/retry")
    @RunOnVirtualThread
    @Operation(summary = "Apply a quarantined event again", description = "After the cause is fixed: reads the event from its feed and applies it once; it then leaves the quarantine.")
    @APIResponse(responseCode = "204", description = "Applied; no longer quarantined")
    @APIResponse(responseCode = "400", description = "The position is not a positive number")
    @APIResponse(responseCode = "404", description = "No such followed feed or quarantined event")
    @APIResponse(responseCode = "409", description = "It failed again (it stays quarantined), or its feed no longer has it")
    public void retry(
            @Parameter(description = "The followed feed", example = "volunteers") @PathParam("feed") String feed,
            @Parameter(description = "The event's position", example = "42") @PathParam("seq") @Min(1) long seq) {
        followers.retry(feed, seq);
    }

    @DELETE
    @Path("/{feed}/quarantine/{seq}")
    @RunOnVirtualThread
    @Operation(summary = "Skip a quarantined event", description = "Gives up on the event: it leaves the quarantine without being applied.")
    @APIResponse(responseCode = "204", description = "Skipped")
    @APIResponse(responseCode = "400", description = "The position is not a positive number")
    @APIResponse(responseCode = "404", description = "No such followed feed or quarantined event")
    public void skip(
            @Parameter(description = "The followed feed", example = "volunteers") @PathParam("feed") String feed,
            @Parameter(description = "The event's position", example = "42") @PathParam("seq") @Min(1) long seq) {
        followers.skip(feed, seq);
    }
}
