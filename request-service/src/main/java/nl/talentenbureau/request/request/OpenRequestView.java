package nl.talentenbureau.request.request;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An open request as volunteers see it: anonymised. No requester, no organisation and no free-text description
 * (which could name the person); only what a volunteer needs to decide whether it suits them.
 */
@Schema(name = "OpenRequest")
public record OpenRequestView(
        UUID id,
        @Schema(examples = "Hulp bij DigiD aanvragen") String title,
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
        @Schema(examples = "2026-07-31") LocalDate dueDate) {

    public static OpenRequestView of(HelpRequest r) {
        return new OpenRequestView(r.id, r.title, r.theme, r.kern, RequestView.talentsOf(r),
                List.copyOf(r.languages), r.languageRequired, r.vogRequired, List.copyOf(r.trainings),
                r.volunteersNeeded, RequestView.scheduleOf(r), r.urgency, r.dueDate);
    }
}
