package nl.talentenbureau.volunteer.volunteer;

import static nl.talentenbureau.volunteer.support.Api.as;
import static nl.talentenbureau.volunteer.support.Api.problem;
import static nl.talentenbureau.volunteer.support.VolunteerBuilder.aVolunteer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
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

    private final String organisation = "org-" + UUID.randomUUID().toString().substring(0, 8);
    private final String coordinator = Tokens.coordinator(organisation);

    @Test
    void aNumberSentAsTextIsRefused() {
        refused(aVolunteer().named("Text Number").with("maxTravelKm", "5").build(), "maxTravelKm",
                "must be a whole number");
    }

    @Test
    void aFractionForAWholeNumberIsRefused() {
        refused(aVolunteer().named("Fraction").with("maxTravelKm", 5.7).build(), "maxTravelKm",
                "must be a whole number");
        Map<String, Object> fractionalLevel = aVolunteer().named("Fraction").build();
        fractionalLevel.put("talents", List.of(Map.of("code", "driving", "level", 1.5)));
        refused(fractionalLevel, "talents[0].level", "must be a whole number");
    }

    @Test
    void aNumberForTextIsRefused() {
        refused(aVolunteer().with("name", 123).build(), "name", "must be a string");
    }

    @Test
    void garbageAfterTheBodyIsRefused() throws JsonProcessingException {
        String body = new ObjectMapper().writeValueAsString(aVolunteer().named("Trailing Garbage").build());
        problem(as(coordinator).body(body + " xyz").post("/api/volunteers").then(), 400, "malformed-request");
        problem(as(coordinator).body(body + " {}").post("/api/volunteers").then(), 400, "malformed-request");
        assertThat(countNamed("Trailing Garbage")).isZero();
    }

    private void refused(Map<String, Object> body, String field, String message) {
        problem(as(coordinator).body(body).post("/api/volunteers").then(), 400, "validation-failed")
                .body("errors[0].field", equalTo(field)).body("errors[0].message", equalTo(message));
    }

    private long countNamed(String name) {
        return as(coordinator).queryParam("q", name).get("/api/volunteers").then().statusCode(200).extract()
                .<Integer>path("total");
    }
}
