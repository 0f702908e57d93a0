package nl.talentenbureau.request.request;

import static nl.talentenbureau.request.support.Api.as;
import static nl.talentenbureau.request.support.Api.problem;
import static nl.talentenbureau.request.support.RequestBuilder.aRequest;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

import nl.talentenbureau.platform.testing.Tokens;

/** platform's StrictJson on a real endpoint: a body is read as written or refused with 400 naming the field. */
@QuarkusTest
class StrictInputTest {

    private final String org = "org-" + UUID.randomUUID().toString().substring(0, 8);
    private final String partner = Tokens.partner(org);

    @Test
    void aFractionForAWholeNumberIsRefused() {
        refused(aRequest().with("volunteersNeeded", 1.5).build(), "volunteersNeeded", "must be a whole number");
    }

    @Test
    void aNumberSentAsTextIsRefused() {
        refused(aRequest().with("volunteersNeeded", "2").build(), "volunteersNeeded", "must be a whole number");
        refused(aRequest().with("vogRequired", "true").build(), "vogRequired", "must be true or false");
    }

    @Test
    void aNumberForTextIsRefused() {
        refused(aRequest().with("title", 123).build(), "title", "must be a string");
    }

    @Test
    void garbageAfterTheBodyIsRefused() throws JsonProcessingException {
        String body = new ObjectMapper().writeValueAsString(aRequest().build());
        problem(as(partner).body(body + " xyz").post("/api/requests").then(), 400, "malformed-request");
        problem(as(partner).body(body + " " + body).post("/api/requests").then(), 400, "malformed-request");
    }

    private void refused(Map<String, Object> body, String field, String message) {
        problem(as(partner).body(body).post("/api/requests").then(), 400, "validation-failed")
                .body("errors[0].field", equalTo(field)).body("errors[0].message", equalTo(message));
    }
}
