package nl.talentenbureau.volunteer.support;

import io.quarkus.test.common.QuarkusTestResource;

import nl.talentenbureau.platform.testing.PostgresResource;

/**
 * Every @QuarkusTest of this module runs against one embedded PostgreSQL and one Keycloak stub (the annotations apply
 * globally).
 */
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(KeycloakStub.class)
public final class TestDatabase {

    private TestDatabase() {
    }
}
