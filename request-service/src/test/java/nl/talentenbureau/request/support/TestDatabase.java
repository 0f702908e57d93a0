package nl.talentenbureau.request.support;

import io.quarkus.test.common.QuarkusTestResource;

import nl.talentenbureau.platform.testing.PostgresResource;

/**
 * Every @QuarkusTest of this module runs against one embedded PostgreSQL and a stub of volunteer-service's
 * catalogue and of matching-service's feed (the annotations apply globally).
 */
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(CatalogStub.class)
@QuarkusTestResource(MatchFeedStub.class)
public final class TestDatabase {

    private TestDatabase() {
    }
}
