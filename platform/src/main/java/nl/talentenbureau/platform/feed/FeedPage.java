package nl.talentenbureau.platform.feed;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FeedPage")
public record FeedPage(
        List<FeedEvent> events,
        @Schema(description = "Pass as `after` on the next call. With `aggregateType` it can lie beyond the last event returned: the events in between are of other types", examples = "42") long next,
        @Schema(description = "The newest seq in the feed when it answered (of any type): a consumer's lag is at most `head - next` events", examples = "42") long head) {
}
