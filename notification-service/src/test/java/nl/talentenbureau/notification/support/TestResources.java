package nl.talentenbureau.notification.support;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

import nl.talentenbureau.platform.testing.FeedStub;
import nl.talentenbureau.platform.testing.PostgresResource;

/**
 * Every @QuarkusTest of this module runs against one embedded PostgreSQL, stubs of the three feeds it follows (with
 * the token endpoint), a WireMock server for the services it calls at send time and an embedded SMTP server.
 */
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(value = FeedStub.class, initArgs = @ResourceArg(name = "feeds", value = "matching,volunteers,requests,recruitment"))
@QuarkusTestResource(ServicesResource.class)
@QuarkusTestResource(SmtpResource.class)
public final class TestResources {

    private TestResources() {
    }
}
