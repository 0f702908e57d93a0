package nl.talentenbureau.volunteer.volunteer;

import static nl.talentenbureau.volunteer.support.Api.as;
import static nl.talentenbureau.volunteer.support.Api.created;
import static nl.talentenbureau.volunteer.support.Api.problem;
import static nl.talentenbureau.volunteer.support.VolunteerBuilder.aVolunteer;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.talentenbureau.platform.testing.Tokens;
import nl.talentenbureau.volunteer.support.ServiceTokens;

@QuarkusTest
class ContactResourceTest {

    private static final String ORG = "contact-org";

    private final String coordinator = Tokens.coordinator(ORG);
    private final String notificationService = ServiceTokens.of("notification-service", "service");

    private static String contact(UUID id) {
        return "/internal/volunteers/" + id + "/contact";
    }

    @Test
    void theNotificationServiceReadsContactDetailsAndPreferences() {
        UUID id = created(coordinator, aVolunteer().named("Anna de Vries").with("email", "anna@example.nl")
                .with("phone", "0612345678"));
        as(coordinator).body(Map.of("reachBy", "EMAIL", "language", "en",
                "quietHours", Map.of("from", "21:00", "until", "08:00")))
                .put("/api/volunteers/" + id + "/notifications").then().statusCode(200);
        as(notificationService).get(contact(id)).then().statusCode(200).contentType("application/json")
                .body("id", equalTo(id.toString())).body("name", equalTo("Anna de Vries"))
                .body("email", equalTo("anna@example.nl")).body("phone", equalTo("0612345678"))
                .body("reachBy", equalTo("EMAIL")).body("language", equalTo("en"))
                .body("quietHours.from", equalTo("21:00")).body("quietHours.until", equalTo("08:00"))
                .body("contactConsent", equalTo(false)).body("status", equalTo("APPLIED"))
                .body("hasAccount", equalTo(false));

        as(coordinator).put("/api/volunteers/" + id + "/consents/CONTACT_BY_COORDINATORS").then().statusCode(200);
        as(notificationService).get(contact(id)).then().statusCode(200).body("contactConsent", equalTo(true));
    }

    @Test
    void aVolunteerWithoutEmailIsReachedByPhone() {
        String subject = "volunteer-" + UUID.randomUUID();
        String id = as(Tokens.volunteer(subject)).body(aVolunteer().without("email").buildForSelf())
                .post("/api/volunteers/me").then().statusCode(201).extract().path("id");
        as(notificationService).get(contact(UUID.fromString(id))).then().statusCode(200)
                .body("email", nullValue()).body("reachBy", equalTo("PHONE")).body("quietHours", nullValue())
                .body("hasAccount", equalTo(true));
    }

    @Test
    void unknownAndErasedAre404() {
        problem(as(notificationService).get(contact(UUID.randomUUID())).then(), 404, "not-found");
        UUID id = created(coordinator, aVolunteer());
        as(Tokens.admin()).delete("/api/volunteers/" + id).then().statusCode(204);
        problem(as(notificationService).get(contact(id)).then(), 404, "not-found");
    }

    @Test
    void otherClientsAndRolesAre403() {
        UUID id = created(coordinator, aVolunteer());
        problem(as(ServiceTokens.of("matching-service", "service")).get(contact(id)).then(), 403, "forbidden");
        problem(as(ServiceTokens.of("notification-service", "volunteer")).get(contact(id)).then(), 403,
                "forbidden");
        problem(as(coordinator).get(contact(id)).then(), 403, "forbidden");
        problem(as(null).get(contact(id)).then(), 401, "unauthenticated");
    }
}
