package nl.talentenbureau.platform.follower;

import java.net.URI;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;

/**
 * Reads one producer's feed over HTTP. The read timeout leaves the long-poll its full wait plus a margin; every
 * failure (refused, timed out, 4xx/5xx, unreadable answer) is {@link FeedUnreachable}: the follower tries again from
 * the same cursor, nothing is applied.
 */
final class FeedSource implements PageSource {

    private static final long READ_MARGIN_MILLIS = 5_000;

    private final String feed;
    private final FeedApi api;
    private final String aggregateTypes;

    FeedSource(FeedConsumer consumer, FollowerConfig.FeedSettings settings) {
        this.feed = consumer.feed();
        this.api = QuarkusRestClientBuilder.newBuilder()
                .baseUri(URI.create(settings.url()))
                .connectTimeout(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(settings.waitSeconds() * 1000L + READ_MARGIN_MILLIS, TimeUnit.MILLISECONDS)
                .build(FeedApi.class);
        this.aggregateTypes = consumer.aggregateTypes().isEmpty()
                ? null
                : String.join(",", consumer.aggregateTypes().stream().sorted().toList());
    }

    @Override
    public FollowedPage read(long after, int limit, int waitSeconds) {
        try {
            return api.events(after, limit, waitSeconds, aggregateTypes);
        } catch (RuntimeException e) {
            throw new FeedUnreachable(feed, e);
        }
    }

    /** The event at {@code seq} as the producer serves it now (after an erasure: redacted), if it still has it. */
    Optional<FollowedEvent> event(long seq) {
        return read(seq - 1, 1, 0).events().stream().filter(e -> e.seq() == seq).findFirst();
    }
}
