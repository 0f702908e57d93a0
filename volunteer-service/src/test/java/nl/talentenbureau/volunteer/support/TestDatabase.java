package nl.talentenbureau.volunteer.support;

import io.quarkus.test.common.QuarkusTestResource;

import nl.talentenbureau.platform.testing.PostgresResource;

/**
 * Every @QuarkusTest of this module runs against one embedded PostgreSQL, one Keycloak stub and one matching-service stub (the annotations apply
 * globally).
 */
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(KeycloakStub.class)
@QuarkusTestResource(MatchingStub.class)
public final class TestDatabase {

    private TestDatabase() {
    }
}
