package nl.talentenbureau.deploy;

import static nl.talentenbureau.deploy.Journey.gateway;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The story of issue 15 ("vinden en opleiden"), through the gateway with real tokens and real mail: HandjeHelpen
 * publishes a vacancy, a website reads it without a token, a person applies anonymously, confirms with the link in
 * her mail, is taken through the intake to ACTIVE (told at each step by mail), is enrolled in a training session,
 * attendance makes the training count, and she then appears among the candidates for a request that needs that
 * training. Prints one line per step with its ids, counts and timings.
 */
class RecruitmentStoryIT {

    private final List<String> figures = new ArrayList<>();
    private Instant last = Instant.now();

    @Test
    void aVacancyFindsAVolunteerWhoIsTrainedAndThenMatched() {
        Api api = ItStack.api();
        String coordinator = Journey.token(DemoAccounts.COORDINATOR_HANDJEHELPEN);
        Instant start = Instant.now();
        last = start;

        // 1. HandjeHelpen publishes a vacancy that needs the digicoach training
        Map<String, Object> vacancyBody = Map.of("title", "Digicoach in de bibliotheek",
                "description", "Help ouderen op dinsdagochtend met hun tablet en DigiD.", "theme", "digital",
                "talents", List.of(DemoData.ANNA_TALENT), "kernen", List.of(DemoData.ANNA_KERN), "hoursPerWeek", 3,
                "slots", List.of("TUE_MORNING"), "vogRequired", false, "trainings", List.of(DemoData.ANNA_TRAINING),
                "status", "OPEN");
        String vacancy = api.post(gateway("/api/vacancies"), coordinator, vacancyBody).expect(201, "vacancy").json()
                .path("id").asText();
        step("vacancy published", "vacancy " + vacancy);

        // 2. the coalition's website reads it without a token (cacheable)
        Api.Answer read = api.get(gateway("/api/public/vacancies/" + vacancy), null).expect(200, "public read");
        assertThat(read.json().path("title").asText()).isEqualTo("Digicoach in de bibliotheek");
        assertThat(read.headers().firstValue("Cache-Control")).contains("public, max-age=300");
        int listed = api.get(gateway("/api/public/vacancies?kern=" + DemoData.ANNA_KERN), null)
                .expect(200, "public list").json().size();
        step("read anonymously", "vacancy " + vacancy + ", " + listed + " open vacancies in "
                + DemoData.ANNA_KERN);

        // 3. a person applies through the website's form, without a token
        String address = "ria-" + Journey.unique() + "@example.nl";
        String name = "Ria Verhoeven";
        String application = Recruitment.apply(Recruitment.application(name, address, vacancy));
        step("applied anonymously", "application " + application + " SUBMITTED");

        // 4. she confirms with the link in the mail the stack's SMTP server received
        String link = Recruitment.confirmationLink(address);
        step("confirmation mail", "link to " + link.substring(0, link.indexOf("?")));
        // the link is the web app's page, which confirms through the API; the API answers the same again
        assertThat(URI.create(link).getPath()).isEqualTo(Recruitment.CONFIRMATION_PAGE);
        JsonNode confirmed = api.get(gateway(Recruitment.apiPathOf(link)), null).expect(200, "confirm").json();
        assertThat(confirmed.path("status").asText()).isEqualTo("CONFIRMED");
        step("confirmed", "application " + application + " CONFIRMED");

        // 5. the coordinator sees it and plans the intake: she is a volunteer in INTAKE now
        JsonNode waiting = api.get(gateway("/api/applications?status=CONFIRMED"), coordinator)
                .expect(200, "applications").json();
        assertThat(waiting.findValuesAsText("id")).contains(application);
        JsonNode intake = api.put(gateway("/api/applications/" + application + "/intake"), coordinator,
                Map.of("appointmentAt", LocalDate.now().plusDays(2) + "T10:00:00+01:00", "with", "Marieke"))
                .expect(200, "intake").json();
        String volunteer = intake.path("volunteerId").asText();
        assertThat(api.get(gateway("/api/volunteers/" + volunteer), coordinator).expect(200, "profile").json()
                .path("status").asText()).isEqualTo("INTAKE");
        awaitMail(address, "Kennismaken op");
        step("intake planned", "volunteer " + volunteer + " INTAKE, " + waiting.size()
                + " confirmed applications waiting, mail about the appointment received");

        // 6. at the intake the coordinator completes her profile and records her consent, then ACTIVE
        String etag = api.get(gateway("/api/volunteers/" + volunteer), coordinator).expect(200, "profile").headers()
                .firstValue("ETag").orElseThrow();
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("name", name);
        profile.put("email", address);
        profile.put("phone", "+31 6 23456789");
        profile.put("birthYear", 1961);
        profile.put("homeKern", DemoData.ANNA_KERN);
        profile.put("maxTravelKm", 10);
        profile.put("languages", List.of("nl"));
        profile.put("talents", List.of(Map.of("code", DemoData.ANNA_TALENT, "level", 2)));
        profile.put("availability", List.of("TUE_MORNING", "THU_AFTERNOON"));
        profile.put("themes", List.of("digital"));
        profile.put("capacity", 2);
        api.call("PUT", gateway("/api/volunteers/" + volunteer), coordinator, Map.of("If-Match", etag), profile)
                .expect(200, "complete the profile");
        api.put(gateway("/api/volunteers/" + volunteer + "/consents/MATCHING?channel=IN_PERSON"), coordinator)
                .expect(200, "consent for matching");
        JsonNode active = Journey.step(coordinator, "/api/applications/" + application + "/outcome",
                Map.of("outcome", "ACTIVE"));
        assertThat(active.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(api.get(gateway("/api/volunteers/" + volunteer), coordinator).expect(200, "profile").json()
                .path("status").asText()).isEqualTo("ACTIVE");
        awaitMail(address, "Welkom als vrijwilliger");
        step("active", "volunteer " + volunteer + " ACTIVE, welcome mail received, "
                + ItStack.get().mailbox().to(address).size() + " mails to her: "
                + ItStack.get().mailbox().to(address).stream().map(Mailbox::subject).toList());

        // 7. she is enrolled in a digicoach session today, and attends it
        String session = api.post(gateway("/api/training-sessions"), coordinator, Map.of("training",
                DemoData.ANNA_TRAINING, "heldOn", LocalDate.now().toString(), "startsAt", "09:30", "endsAt", "12:00",
                "kern", DemoData.ANNA_KERN, "place", "Bibliotheek Breukelen", "trainer", "Digisterker", "places", 12))
                .expect(201, "session").json().path("id").asText();
        JsonNode enrolment = api.post(gateway("/api/training-sessions/" + session + "/enrolments"), coordinator,
                Map.of("volunteerId", volunteer)).expect(201, "enrol").json();
        assertThat(enrolment.path("status").asText()).isEqualTo("ENROLLED");
        step("enrolled", "session " + session + " of " + DemoData.ANNA_TRAINING + ", status "
                + enrolment.path("status").asText());
        JsonNode attendance = api.put(gateway("/api/training-sessions/" + session + "/attendance"), coordinator,
                Map.of("attended", List.of(volunteer))).expect(200, "attendance").json();
        assertThat(attendance.get(0).path("status").asText()).isEqualTo("ATTENDED");
        JsonNode trainings = api.get(gateway("/api/volunteers/" + volunteer), coordinator).expect(200, "profile")
                .json().path("screening").path("trainings");
        assertThat(trainings.findValuesAsText("code")).contains(DemoData.ANNA_TRAINING);
        step("attended", "training " + DemoData.ANNA_TRAINING + " recorded, completed " + LocalDate.now());

        // 8. a request that needs the training: she is among the candidates once matching has her training
        String request = Journey.post(DemoAccounts.PARTNER_HANDJEHELPEN, Journey.requestFittingAnna());
        Instant posted = Instant.now();
        JsonNode candidates = awaitCandidate(request, volunteer, coordinator);
        List<String> ids = Journey.candidateIds(candidates);
        step("candidate", "request " + request + ": " + ids.size() + " candidates, she is number "
                + (ids.indexOf(volunteer) + 1) + ", " + Duration.between(posted, Instant.now()).toMillis()
                + " ms after the request");

        // her export holds the application and the enrolment
        JsonNode export = api.get(gateway("/api/volunteers/" + volunteer + "/export"),
                Journey.token(DemoAccounts.ADMIN)).expect(200, "export").json();
        assertThat(export.path("applications").get(0).path("id").asText()).isEqualTo(application);
        assertThat(export.path("trainingEnrolments").get(0).path("status").asText()).isEqualTo("ATTENDED");
        step("export", "1 application, " + export.path("trainingEnrolments").size() + " training enrolment");

        System.out.printf("recruitment story in %d ms:%n", Duration.between(start, Instant.now()).toMillis());
        figures.forEach(line -> System.out.println("  " + line));
        // she lives in Anna's kern with Anna's talent and training: stopped, she is no candidate for the other
        // tests' requests (StoryIT expects Anna to be the best)
        api.post(gateway("/api/volunteers/" + volunteer + "/status"), coordinator, Map.of("status", "STOPPED"))
                .expect(200, "she stops");
    }

    private void step(String what, String details) {
        Instant now = Instant.now();
        figures.add(String.format("%-20s %6d ms  %s", what, Duration.between(last, now).toMillis(), details));
        last = now;
    }

    private static MimeMessage awaitMail(String address, String subject) {
        return ItStack.get().mailbox().await(address, m -> Mailbox.subject(m).startsWith(subject),
                Recruitment.MAIL_WAIT);
    }

    /** The candidates (up to 100) once she is among them (matching follows the volunteer feed). */
    private static JsonNode awaitCandidate(String request, String volunteer, String coordinator) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        Api.Answer last = null;
        while (Instant.now().isBefore(deadline)) {
            last = ItStack.api().get(gateway("/api/candidates?limit=100&requestId=" + request), coordinator);
            if (last.status() == 200 && Journey.candidateIds(last.json()).contains(volunteer)) {
                return last.json();
            }
            Processes.sleep(Duration.ofMillis(250));
        }
        throw new AssertionError("volunteer " + volunteer + " not among the candidates for " + request
                + " within 60 s; last answer " + (last == null ? "none" : last.status() + " " + last.body()));
    }
}
