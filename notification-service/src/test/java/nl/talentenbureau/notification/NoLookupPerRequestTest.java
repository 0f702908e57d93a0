package nl.talentenbureau.notification;

import io.quarkus.test.junit.QuarkusTest;

import nl.talentenbureau.platform.testing.NoLookupPerRequest;

@QuarkusTest
class NoLookupPerRequestTest extends NoLookupPerRequest {
}
