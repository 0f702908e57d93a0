package nl.talentenbureau.matching.support;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

import nl.talentenbureau.platform.testing.FeedStub;
import nl.talentenbureau.platform.testing.PostgresResource;

/**
 * Every @QuarkusTest of this module runs against one embedded PostgreSQL, a stub of the volunteer and request
 * feeds and a WireMock stand-in for volunteer-service's API (the annotations apply globally).
 */
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(value = FeedStub.class, initArgs = {
        @ResourceArg(name = "feeds", value = "volunteers,requests"),
        @ResourceArg(name = "preload", value = "nl.talentenbureau.matching.support.CatalogEvents")})
@QuarkusTestResource(VolunteerServiceStub.class)
public final class TestDatabase {

    private TestDatabase() {
    }
}
