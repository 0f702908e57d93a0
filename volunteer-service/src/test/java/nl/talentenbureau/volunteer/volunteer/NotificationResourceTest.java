package nl.talentenbureau.volunteer.volunteer;

import static nl.talentenbureau.volunteer.support.Api.as;
import static nl.talentenbureau.volunteer.support.Api.created;
import static nl.talentenbureau.volunteer.support.Api.problem;
import static nl.talentenbureau.volunteer.support.VolunteerBuilder.aVolunteer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.talentenbureau.platform.testing.Tokens;
import nl.talentenbureau.volunteer.support.FeedEvents;

@QuarkusTest
class NotificationResourceTest {

    private static final String ORG = "notify-org";

    private final String coordinator = Tokens.coordinator(ORG);
    private final String subject = "volunteer-" + UUID.randomUUID();
    private final String me = Tokens.volunteer(subject);

    private static Map<String, Object> preferences(String reachBy, String language, String from, String until) {
        Map<String, Object> body = new HashMap<>();
        body.put("reachBy", reachBy);
        body.put("language", language);
        body.put("quietHours", from == null ? null : Map.of("from", from, "until", until));
        return body;
    }

    private UUID applied() {
        return UUID.fromString(as(me).body(aVolunteer().buildForSelf()).post("/api/volunteers/me").then()
                .statusCode(201).extract().path("id"));
    }

    @Test
    void aNewProfileIsReachedByEmailInDutchAtAnyTime() {
        UUID id = created(coordinator, aVolunteer());
        as(coordinator).get("/api/volunteers/" + id).then().statusCode(200)
                .body("notifications.reachBy", equalTo("EMAIL")).body("notifications.language", equalTo("nl"))
                .body("notifications.quietHours", nullValue());
        UUID noEmail = created(coordinator, aVolunteer().without("email"));
        as(coordinator).get("/api/volunteers/" + noEmail).then().body("notifications.reachBy", equalTo("PHONE"));
    }

    @Test
    void volunteerChoosesPhoneAndTheFeedSaysSo() {
        UUID id = applied();
        long head = FeedEvents.head();
        as(me).body(preferences("PHONE", "en", "21:00", "08:00")).put("/api/volunteers/me/notifications").then()
                .statusCode(200).body("reachBy", equalTo("PHONE")).body("language", equalTo("en"))
                .body("quietHours.from", equalTo("21:00")).body("quietHours.until", equalTo("08:00"));

        as(me).get("/api/volunteers/me").then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("notifications.reachBy", equalTo("PHONE")).body("notifications.quietHours.from",
                        equalTo("21:00"));
        Map<String, Object> snapshot = FeedEvents.lastPayload(head, id);
        assertThat(snapshot).containsEntry("reachBy", "PHONE").doesNotContainKeys("email", "name", "phone");

        as(me).body(preferences("EMAIL", "nl", null, null)).put("/api/volunteers/me/notifications").then()
                .statusCode(200).body("quietHours", nullValue());
        assertThat(FeedEvents.lastPayload(head, id)).containsEntry("reachBy", "EMAIL");
    }

    @Test
    void removingTheEmailAddressMakesItPhone() {
        UUID id = created(coordinator, aVolunteer());
        long head = FeedEvents.head();
        String etag = as(coordinator).get("/api/volunteers/" + id).then().extract().header("ETag");
        as(coordinator).header("If-Match", etag).body(aVolunteer().without("email").build())
                .put("/api/volunteers/" + id).then().statusCode(200).body("notifications.reachBy", equalTo("PHONE"));
        assertThat(FeedEvents.lastPayload(head, id)).containsEntry("reachBy", "PHONE");
    }

    @Test
    void coordinatorOfTheVolunteersOrganisationOrAnAdminSetsThem() {
        UUID id = created(coordinator, aVolunteer());
        as(coordinator).body(preferences("PHONE", "nl", null, null)).put("/api/volunteers/" + id + "/notifications")
                .then().statusCode(200).body("reachBy", equalTo("PHONE"));
        as(Tokens.admin()).body(preferences("EMAIL", "en", null, null))
                .put("/api/volunteers/" + id + "/notifications").then().statusCode(200)
                .body("language", equalTo("en"));
        problem(as(Tokens.coordinator("notify-other-org")).body(preferences("PHONE", "nl", null, null))
                .put("/api/volunteers/" + id + "/notifications").then(), 403, "forbidden");
        problem(as(coordinator).body(preferences("PHONE", "nl", null, null))
                .put("/api/volunteers/" + UUID.randomUUID() + "/notifications").then(), 404, "not-found");
    }

    @Test
    void emailWithoutAnAddressIs422() {
        UUID id = created(coordinator, aVolunteer().without("email"));
        problem(as(coordinator).body(preferences("EMAIL", "nl", null, null))
                .put("/api/volunteers/" + id + "/notifications").then(), 422, "unprocessable")
                .body("errors[0].field", equalTo("reachBy"));
    }

    @Test
    void badValuesAre400() {
        applied();
        String path = "/api/volunteers/me/notifications";
        problem(as(me).body(preferences("FAX", "nl", null, null)).put(path).then(), 400, "validation-failed");
        problem(as(me).body(preferences("PHONE", "de", null, null)).put(path).then(), 400, "validation-failed");
        problem(as(me).body(preferences(null, "nl", null, null)).put(path).then(), 400, "validation-failed");
        problem(as(me).body(preferences("PHONE", "nl", "25:00", "08:00")).put(path).then(), 400,
                "validation-failed");
        problem(as(me).body(preferences("PHONE", "nl", "21:00", "21:00")).put(path).then(), 400,
                "validation-failed").body("errors[0].field", equalTo("quietHours.until"));
        Map<String, Object> extra = preferences("PHONE", "nl", null, null);
        extra.put("email", "x@example.org");
        problem(as(me).body(extra).put(path).then(), 400, "validation-failed").body("errors[0].field",
                equalTo("email"));
        as(me).get("/api/volunteers/me").then().body("notifications.reachBy", equalTo("EMAIL"))
                .header("ETag", equalTo("\"0\""));
    }

    @Test
    void withoutAProfileIs404() {
        problem(as(Tokens.volunteer("nobody-" + UUID.randomUUID())).body(preferences("PHONE", "nl", null, null))
                .put("/api/volunteers/me/notifications").then(), 404, "not-found");
    }
}
