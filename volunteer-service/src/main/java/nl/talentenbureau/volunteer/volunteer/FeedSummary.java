package nl.talentenbureau.volunteer.volunteer;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many volunteers the feed presents, with a checksum over their ids and versions. */
@Schema(name = "VolunteerFeedSummary", description = "Count and checksum of every volunteer the feed presents (not erased), to compare a consumer's projection with")
public record FeedSummary(
        @Schema(description = "Number of volunteers that are not erased", examples = "412") long count,
        @Schema(description = "md5 (hex) of the lines id:version, joined by a newline in id order (md5 of the empty string when there are none)", examples = "9e107d9d372bb6826bd81d3542a419d6") String checksum) {
}
