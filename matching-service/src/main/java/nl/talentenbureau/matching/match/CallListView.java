package nl.talentenbureau.matching.match;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CallList", description = "One page of the call list, nearest deadline first")
public record CallListView(
        List<CallEntryView> items,
        @Schema(description = "Zero-based page number", examples = "0") int page,
        @Schema(description = "Page size", examples = "20") int size,
        @Schema(description = "Offers waiting for a call in all pages", examples = "3") long total,
        @Schema(description = "True when volunteer-service could not be asked for names and phone numbers: the offers are listed without them", examples = "false") boolean contactsUnavailable) {
}
