package nl.talentenbureau.platform.feed;

import java.time.Duration;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.RunOnVirtualThread;

import nl.talentenbureau.platform.security.Roles;

@Path("/internal/events")
@Tag(name = "Event feed", description = "Ordered domain events for other services (never routed by the gateway)")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SERVICE)
@SecurityRequirement(name = "oidc")
public class FeedResource {

    private final FeedReader reader;

    public FeedResource(FeedReader reader) {
        this.reader = reader;
    }

    @GET
    @RunOnVirtualThread
    @Operation(summary = "Read events after a position", description = """
            Returns events with seq greater than `after`, in seq order. An event becomes readable only when every
            event with a smaller seq has committed or rolled back, so a consumer that stores `next` never skips one.
            With `waitSeconds` the call waits (long-poll) until at least one event arrives.""")
    @APIResponse(responseCode = "200", description = "Events in order", content = @Content(schema = @Schema(implementation = FeedPage.class)))
    @APIResponse(responseCode = "400", description = "Bad parameter")
    public FeedPage events(
            @Parameter(description = "Last seq the consumer has applied", example = "0") @QueryParam("after") @DefaultValue("0") @Min(0) long after,
            @Parameter(description = "Maximum events to return", example = "100") @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit,
            @Parameter(description = "Seconds to wait for a first event (long-poll)", example = "0") @QueryParam("waitSeconds") @DefaultValue("0") @Min(0) @Max(30) int waitSeconds)
            throws InterruptedException {
        return reader.read(after, limit, Duration.ofSeconds(waitSeconds));
    }
}
