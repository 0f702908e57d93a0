package nl.talentenbureau.request.support;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

import nl.talentenbureau.platform.testing.FeedStub;
import nl.talentenbureau.platform.testing.PostgresResource;
import nl.talentenbureau.request.matchfeed.MatchFeedConsumer;

/**
 * Every @QuarkusTest of this module runs against one embedded PostgreSQL and a stub of volunteer-service's
 * catalogue and of matching-service's feed (the annotations apply globally).
 */
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(CatalogStub.class)
@QuarkusTestResource(value = FeedStub.class, initArgs = @ResourceArg(name = "feeds", value = MatchFeedConsumer.FEED))
public final class TestDatabase {

    private TestDatabase() {
    }
}
