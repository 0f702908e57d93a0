package nl.talentenbureau.request.requester;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Requester", description = "Personal data of the requester (coordinators of the owning organisation, and a volunteer with a live match of the request)")
public record RequesterView(
        @Schema(examples = "mevrouw J. de Boer") String name,
        @Schema(examples = "+31 6 12345678") String phone,
        @Schema(examples = "Kerkstraat 12, Breukelen") String addressLine,
        @Schema(examples = "Bel twee keer aan; slechthorend") String notes,
        @Schema(description = "Set once the data has been erased (retention or on request)", examples = "2026-09-01T03:00:00Z") OffsetDateTime erasedAt) {

    static RequesterView of(Requester requester) {
        return new RequesterView(requester.name, requester.phone, requester.addressLine, requester.notes,
                requester.erasedAt);
    }
}
