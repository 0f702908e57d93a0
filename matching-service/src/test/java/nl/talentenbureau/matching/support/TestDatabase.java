package nl.talentenbureau.matching.support;

import io.quarkus.test.common.QuarkusTestResource;

import nl.talentenbureau.platform.testing.PostgresResource;

/**
 * Every @QuarkusTest of this module runs against one embedded PostgreSQL and a stub of the volunteer and request
 * feeds (the annotations apply globally).
 */
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(FeedStub.class)
public final class TestDatabase {

    private TestDatabase() {
    }
}
