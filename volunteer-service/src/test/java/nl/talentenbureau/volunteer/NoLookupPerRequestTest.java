package nl.talentenbureau.volunteer;

import io.quarkus.test.junit.QuarkusTest;

import nl.talentenbureau.platform.testing.NoLookupPerRequest;

@QuarkusTest
class NoLookupPerRequestTest extends NoLookupPerRequest {
}
