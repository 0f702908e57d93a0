package nl.talentenbureau.platform.feed;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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

import nl.talentenbureau.platform.problem.ProblemException;
import nl.talentenbureau.platform.security.Roles;

@Path("/internal/events")
@Tag(name = "Event feed", description = "Ordered domain events for other services (never routed by the gateway)")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SERVICE)
@SecurityRequirement(name = "oidc")
public class FeedResource {

    /** Enough for any consumer; keeps the statement small. */
    static final int MAX_AGGREGATE_TYPES = 20;
    static final int MAX_AGGREGATE_TYPE_LENGTH = 100;

    private final FeedReader reader;

    public FeedResource(FeedReader reader) {
        this.reader = reader;
    }

    @GET
    @RunOnVirtualThread
    @Operation(summary = "Read events after a position", description = """
            Returns events with seq greater than `after`, in seq order. An event becomes readable only when every
            event with a smaller seq has committed or rolled back, so a consumer that stores `next` never skips one.
            With `waitSeconds` the call waits (long-poll) until at least one event arrives.

            With `aggregateType` only events of those aggregate types are returned (repeat the parameter, or
            separate types with commas). `next` then also moves past the events left out: a full page (`limit`
            events) answers the seq of its last event, a shorter or empty page the last seq of the whole feed at the
            time of reading, up to which every event of the requested types is in the page. The long-poll waits for
            an event of the requested types.""")
    @APIResponse(responseCode = "200", description = "Events in order", content = @Content(schema = @Schema(implementation = FeedPage.class)))
    @APIResponse(responseCode = "400", description = "Bad parameter")
    public FeedPage events(
            @Parameter(description = "Last seq the consumer has applied", example = "0") @QueryParam("after") @DefaultValue("0") @Min(0) long after,
            @Parameter(description = "Maximum events to return", example = "100") @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit,
            @Parameter(description = "Seconds to wait for a first event (long-poll)", example = "0") @QueryParam("waitSeconds") @DefaultValue("0") @Min(0) @Max(30) int waitSeconds,
            @Parameter(description = "Only events of these aggregate types (`catalog`, `volunteer`, `request`...): repeat the parameter or separate types with commas; absent: every event", example = "[\"catalog\"]") @QueryParam("aggregateType") List<String> aggregateType)
            throws InterruptedException {
        return reader.read(after, limit, Duration.ofSeconds(waitSeconds), aggregateTypes(aggregateType));
    }

    /** {@code ?aggregateType=a&aggregateType=b,c} is {a, b, c}; empty entries are ignored. */
    static Set<String> aggregateTypes(List<String> values) {
        Set<String> types = new LinkedHashSet<>();
        for (String value : values == null ? List.<String>of() : values) {
            for (String type : value.split(",")) {
                String trimmed = type.strip();
                if (trimmed.length() > MAX_AGGREGATE_TYPE_LENGTH) {
                    throw ProblemException.invalid("aggregateType",
                            "an aggregate type has at most " + MAX_AGGREGATE_TYPE_LENGTH + " characters");
                }
                if (!trimmed.isEmpty()) {
                    types.add(trimmed);
                }
            }
        }
        if (types.size() > MAX_AGGREGATE_TYPES) {
            throw ProblemException.invalid("aggregateType", "at most " + MAX_AGGREGATE_TYPES + " aggregate types");
        }
        return types;
    }
}
