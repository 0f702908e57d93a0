package nl.talentenbureau.platform.feed;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FeedPage")
public record FeedPage(
        List<FeedEvent> events,
        @Schema(description = "Pass as `after` on the next call", examples = "42") long next) {
}
