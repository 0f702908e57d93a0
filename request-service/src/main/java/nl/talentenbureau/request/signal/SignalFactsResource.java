package nl.talentenbureau.request.signal;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.RunOnVirtualThread;

import nl.talentenbureau.platform.problem.ProblemException;
import nl.talentenbureau.platform.security.Roles;

/**
 * The signals' facts for matching-service's report (ADR 9), service role only, never routed by the gateway: per signal
 * raised in the period its kern, theme and times. No id, no note, no reference, no raiser: matching suppresses small
 * cells before anyone sees a figure.
 */
@Path("/internal/signals")
@Tag(name = "Event feed", description = "Ordered domain events for other services (never routed by the gateway)")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SERVICE)
@SecurityRequirement(name = "oidc")
public class SignalFactsResource {

    /** A report asks for a year at most (its months and quarters are slices of it). */
    static final Duration LONGEST = Duration.ofDays(367);

    private final SignalService signals;

    public SignalFactsResource(SignalService signals) {
        this.signals = signals;
    }

    @GET
    @Path("/facts")
    @RunOnVirtualThread
    @Operation(summary = "Kern, theme and times of the signals raised in a period", description = "from included, to excluded; at most a year (367 days).")
    @APIResponse(responseCode = "200", description = "The facts", content = @Content(schema = @Schema(implementation = SignalFact.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "from or to missing or not an ISO 8601 time with offset, to not after from, or more than a year")
    public List<SignalFact> facts(
            @Parameter(description = "From (included), ISO 8601 with offset", example = "2026-01-01T00:00:00+01:00") @QueryParam("from") @NotNull @Size(max = 40) String from,
            @Parameter(description = "To (excluded), ISO 8601 with offset", example = "2027-01-01T00:00:00+01:00") @QueryParam("to") @NotNull @Size(max = 40) String to) {
        OffsetDateTime start = time("from", from);
        OffsetDateTime end = time("to", to);
        if (!end.isAfter(start) || Duration.between(start, end).compareTo(LONGEST) > 0) {
            throw ProblemException.invalid("to", "must be after from, at most a year later");
        }
        return signals.facts(start, end);
    }

    private static OffsetDateTime time(String field, String value) {
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "must be an ISO 8601 time with offset");
        }
    }
}
