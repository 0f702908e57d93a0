package nl.talentenbureau.matching.suggestion;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer of {@code GET /api/candidates/training-suggestions}: per training, whom to invite to which session. */
@Schema(name = "TrainingSuggestions", description = "Per training: the scheduled sessions, the organisation's volunteers to invite (by id, with why) and how many of the organisation's open requests they would then qualify for")
public record SuggestionsView(
        @Schema(description = "The day the rule was applied on (the service's zone)", examples = "2026-12-02") LocalDate today,
        @Schema(description = "Trainings running out up to this many days from today count as running out", examples = "60") int horizonDays,
        @Schema(description = "true when volunteer-service did not answer the sessions: ask again later; the suggestions are complete without them") boolean sessionsUnavailable,
        @Schema(description = "One entry per training, by code") List<TrainingSuggestion> trainings) {

    @Schema(name = "TrainingSuggestion")
    public record TrainingSuggestion(
            @Schema(examples = "dementia-basics") String training,
            @Schema(description = "In words", examples = "12 volunteers would qualify for 5 open requests with dementia-basics") String summary,
            @Schema(description = "Open requests of your organisation that need this training", examples = "7") int openRequests,
            @Schema(description = "Of those, the requests at least one of the volunteers to invite would qualify for with this training (completed today)", examples = "5") int qualifyingRequests,
            @Schema(description = "The volunteers to invite: most requests first, then the soonest expiry") List<Invitee> invite,
            @Schema(description = "Scheduled sessions of this training from today on (any organisation's), by date") List<Session> sessions) {
    }

    @Schema(name = "TrainingInvitee")
    public record Invitee(
            @Schema(examples = "0b6f3c1e-6a52-4f0e-9d7e-2f4c1a9b8e31") UUID volunteerId,
            @Schema(description = "EXPIRES: the training runs out within the horizon; MISSING: left out of open requests' candidates for lacking only this training") List<SuggestionRule.Reason> reasons,
            @Schema(description = "The last day the training they hold counts; null when they do not hold it", nullable = true, examples = "2027-01-15") LocalDate expiresOn,
            @Schema(description = "Open requests needing it they would then qualify for", examples = "3") int requests,
            @Schema(description = "Why, in words", examples = "lacks only dementia-basics for 3 open requests") String why) {
    }

    @Schema(name = "SuggestedSession")
    public record Session(
            @Schema(examples = "5d2e8a47-1c3b-4e9f-8a6d-7b0c2e4f6a18") UUID id,
            @Schema(examples = "2027-02-16") LocalDate heldOn,
            @Schema(examples = "09:30") String startsAt,
            @Schema(examples = "breukelen") String kern,
            @Schema(examples = "Dorpshuis De Boei") String place,
            @Schema(description = "The organisation that gives it (its coordinators enrol; a volunteer may enrol themselves)", examples = "welzijn-stichtse-vecht") String organisation,
            @Schema(examples = "12") int places,
            @Schema(examples = "4") int free,
            @Schema(description = "On the waiting list", examples = "0") int waiting) {
    }
}
