package nl.talentenbureau.matching.suggestion;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.RunOnVirtualThread;

import nl.talentenbureau.matching.MatchingConfig;
import nl.talentenbureau.platform.security.Caller;
import nl.talentenbureau.platform.security.Roles;

@Path("/api/candidates/training-suggestions")
@Tag(name = "Candidates", description = "Volunteers ranked for one help request, each score explained")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.COORDINATOR)
@SecurityRequirement(name = "oidc")
public class SuggestionResource {

    private final SuggestionService suggestions;
    private final Caller caller;
    private final JsonWebToken token;
    private final MatchingConfig config;

    public SuggestionResource(SuggestionService suggestions, Caller caller, JsonWebToken token,
            MatchingConfig config) {
        this.suggestions = suggestions;
        this.caller = caller;
        this.token = token;
        this.config = config;
    }

    @GET
    @RunOnVirtualThread
    @Operation(summary = "Whom to invite to which training session", description = """
            Per training, for the caller's organisation: its volunteers to invite, by id with why, and how many of its
            open requests they would then qualify for. A volunteer is suggested when the training runs out within
            `horizonDays` (EXPIRES, ACTIVE or PAUSED volunteers), or when an open request of the organisation needs it
            and they pass every other hard filter of that request (distance, status, VOG, language, capacity,
            absence) but lack this training only (MISSING: left out of the request's candidates for it alone). The
            scheduled sessions of each training come from volunteer-service, asked with the caller's token; when it
            does not answer, `sessionsUnavailable` is true and the rest is answered. Without `training`: every
            training with a volunteer to invite.""")
    @APIResponse(responseCode = "200", description = "The suggestions, by training", content = @Content(schema = @Schema(implementation = SuggestionsView.class)))
    @APIResponse(responseCode = "400", description = "training not a code, or horizonDays outside 0..365")
    @APIResponse(responseCode = "422", description = "training not in the catalogue")
    public SuggestionsView suggestions(
            @Parameter(description = "One training of the catalogue; without it every training with a suggestion", example = "dementia-basics") @QueryParam("training") @Size(max = 40) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be a code like dementia-basics") String training,
            @Parameter(description = "A training whose last valid day is at most this many days away runs out (default matching.suggestions.horizon-days, 60)", example = "60") @QueryParam("horizonDays") @Min(0) @Max(365) Integer horizonDays) {
        int horizon = horizonDays == null ? config.suggestions().horizonDays() : horizonDays;
        return suggestions.suggestions(caller.requireOrganisation(), training, horizon, token.getRawToken());
    }
}
