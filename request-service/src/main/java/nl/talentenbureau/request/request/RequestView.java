package nl.talentenbureau.request.request;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import nl.talentenbureau.request.requester.RequesterView;

/**
 * A help request as coordinators and the owning partner app see it. {@code requester} is present only for
 * coordinators of the owning organisation.
 */
@Schema(name = "Request")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RequestView(
        UUID id,
        RequestStatus status,
        RequesterKind requesterKind,
        @Schema(description = "Owning organisation (from the token of whoever posted it)", examples = "welzijn-stichtse-vecht") String organisation,
        @Schema(examples = "Hulp bij DigiD aanvragen") String title,
        @Schema(examples = "Mevrouw wil leren inloggen met de DigiD-app.") String description,
        @Schema(examples = "digital") String theme,
        @Schema(examples = "breukelen") String kern,
        List<TalentRequirement> talents,
        @Schema(examples = "[\"nl\"]") List<String> languages,
        boolean languageRequired,
        boolean vogRequired,
        @Schema(examples = "[\"first-aid\"]") List<String> trainings,
        @Schema(examples = "1") int volunteersNeeded,
        Schedule schedule,
        Urgency urgency,
        @Schema(examples = "2026-07-31") LocalDate dueDate,
        @Schema(examples = "2026-06-01T10:15:30+02:00") OffsetDateTime createdAt,
        @Schema(examples = "2026-06-02T09:00:00+02:00") OffsetDateTime updatedAt,
        @Schema(description = "When it reached a final status", examples = "2026-07-20T16:00:00+02:00") OffsetDateTime endedAt,
        @Schema(description = "Personal data of the requester: for coordinators of the owning organisation and for a volunteer with a live (accepted or active) match of this request") RequesterView requester,
        @Schema(description = "matching-service offers the next candidate by itself when an offer is declined or expires", examples = "true") boolean autoOfferNext) {

    public static RequestView of(RequestDetails details) {
        HelpRequest r = details.request();
        return new RequestView(r.id, r.status, r.requesterKind, r.organisation, r.title, r.description, r.theme,
                r.kern, talentsOf(r), List.copyOf(r.languages), r.languageRequired, r.vogRequired,
                List.copyOf(r.trainings), r.volunteersNeeded, scheduleOf(r), r.urgency, r.dueDate, r.createdAt,
                r.updatedAt, r.endedAt, details.requester(), r.autoOfferNext);
    }

    static List<TalentRequirement> talentsOf(HelpRequest r) {
        return r.talents.entrySet().stream().map(e -> new TalentRequirement(e.getKey(), e.getValue())).toList();
    }

    static Schedule scheduleOf(HelpRequest r) {
        return new Schedule(r.scheduleType, r.oneOffDate,
                r.dayParts.stream().map(DayPart::valueOf).toList(),
                r.slots.stream().map(Slot::valueOf).toList(), r.startsOn, r.endsOn, r.hoursPerTime);
    }
}
