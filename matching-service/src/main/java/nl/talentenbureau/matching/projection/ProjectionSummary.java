package nl.talentenbureau.matching.projection;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How many rows each projection holds and a checksum over their ids and versions, with the feed cursors: compared
 * with the source services' summaries after a restart to prove the projection caught up.
 */
@Schema(name = "ProjectionSummary", description = "Row counts and checksums of the projection tables, and the feed cursors")
public record ProjectionSummary(
        @Schema(description = "volunteer_projection") Table volunteers,
        @Schema(description = "request_projection") Table requests,
        @Schema(description = "The last feed position applied, per feed") Cursors cursors) {

    @Schema(name = "ProjectionTable", description = "One projection table: rows and checksum")
    public record Table(
            @Schema(description = "Rows in the table", examples = "412") long count,
            @Schema(description = "md5 (hex) of the lines `id:version` of every row ordered by id, joined by a line feed (no line feed after the last); of the empty string when the table is empty", examples = "d41d8cd98f00b204e9800998ecf8427e") String checksum) {
    }

    @Schema(name = "ProjectionCursors", description = "The last feed position applied (0 before the first event)")
    public record Cursors(
            @Schema(description = "volunteer-service's feed", examples = "1207") long volunteers,
            @Schema(description = "request-service's feed", examples = "388") long requests) {
    }
}
