package nl.talentenbureau.request.request;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One line of the coordinators' and partners' list: never the requester's data. */
@Schema(name = "RequestSummary")
public record RequestSummary(
        UUID id,
        RequestStatus status,
        RequesterKind requesterKind,
        @Schema(examples = "welzijn-stichtse-vecht") String organisation,
        @Schema(examples = "Hulp bij DigiD aanvragen") String title,
        @Schema(examples = "digital") String theme,
        @Schema(examples = "breukelen") String kern,
        Urgency urgency,
        @Schema(examples = "2026-07-31") LocalDate dueDate,
        @Schema(examples = "2026-06-01T10:15:30+02:00") OffsetDateTime createdAt,
        @Schema(examples = "2026-06-02T09:00:00+02:00") OffsetDateTime updatedAt,
        @Schema(description = "matching-service offers the next candidate by itself when an offer is declined or expires", examples = "false") boolean autoOfferNext) {

    public static RequestSummary of(HelpRequest r) {
        return new RequestSummary(r.id, r.status, r.requesterKind, r.organisation, r.title, r.theme, r.kern,
                r.urgency, r.dueDate, r.createdAt, r.updatedAt, r.autoOfferNext);
    }
}
