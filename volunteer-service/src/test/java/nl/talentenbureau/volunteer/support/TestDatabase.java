package nl.talentenbureau.volunteer.support;

import io.quarkus.test.common.QuarkusTestResource;

import nl.talentenbureau.platform.testing.PostgresResource;

/** Every @QuarkusTest of this module runs against one embedded PostgreSQL (the annotation applies globally). */
@QuarkusTestResource(PostgresResource.class)
public final class TestDatabase {

    private TestDatabase() {
    }
}
