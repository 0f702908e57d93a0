package nl.talentenbureau.request.support;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

import nl.talentenbureau.platform.testing.FeedStub;
import nl.talentenbureau.platform.testing.PostgresResource;
import nl.talentenbureau.request.catalog.CatalogFeedConsumer;
import nl.talentenbureau.request.matchfeed.MatchFeedConsumer;

/**
 * Every @QuarkusTest of this module runs against one embedded PostgreSQL and stubs of the feeds it follows
 * (volunteer-service's catalogue, matching-service's matches) (the annotations apply globally).
 */
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(value = FeedStub.class, initArgs = {
        @ResourceArg(name = "feeds", value = MatchFeedConsumer.FEED + "," + CatalogFeedConsumer.FEED),
        @ResourceArg(name = "preload", value = "nl.talentenbureau.request.support.CatalogEvents")})
public final class TestDatabase {

    private TestDatabase() {
    }
}
