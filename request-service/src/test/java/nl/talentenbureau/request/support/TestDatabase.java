package nl.talentenbureau.request.support;

import io.quarkus.test.common.QuarkusTestResource;

import nl.talentenbureau.platform.testing.PostgresResource;

/**
 * Every @QuarkusTest of this module runs against one embedded PostgreSQL and a stub of volunteer-service's
 * catalogue (the annotations apply globally).
 */
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(CatalogStub.class)
public final class TestDatabase {

    private TestDatabase() {
    }
}
