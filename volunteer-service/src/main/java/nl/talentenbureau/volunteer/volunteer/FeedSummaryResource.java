package nl.talentenbureau.volunteer.volunteer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.RunOnVirtualThread;

import nl.talentenbureau.platform.security.Roles;

/** For consumers of the feed: proves a projection holds what the feed presents (never routed by the gateway). */
@Path("/internal/volunteers")
@Tag(name = "Event feed", description = "Ordered domain events for other services (never routed by the gateway)")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SERVICE)
@SecurityRequirement(name = "oidc")
public class FeedSummaryResource {

    private final VolunteerService volunteers;

    public FeedSummaryResource(VolunteerService volunteers) {
        this.volunteers = volunteers;
    }

    @GET
    @Path("/summary")
    @RunOnVirtualThread
    @Operation(summary = "Count and checksum of the volunteers in the feed", description = """
            count: every volunteer that is not erased (an erased one ends with VolunteerErased, on which a consumer
            deletes its copy). checksum: md5, as hex, of the lines `id:version` of those volunteers, ordered by id and
            joined by a newline (no newline after the last line), where version is the `version` of the volunteer's
            latest snapshot in the feed; the md5 of the empty string when there are none. A consumer that applied the
            whole feed computes the same over its projection.""")
    @APIResponse(responseCode = "200", description = "The summary", content = @Content(schema = @Schema(implementation = FeedSummary.class)))
    public FeedSummary summary() {
        return volunteers.feedSummary();
    }
}
