package nl.talentenbureau.notification.delivery;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.rest.client.inject.RestClient;

/** What a mail to an applicant needs, at send time; empty when volunteer-service has it no more (404). */
@ApplicationScoped
public class Applicants {

    private final ApplicantLetterApi api;

    public Applicants(@RestClient ApplicantLetterApi api) {
        this.api = api;
    }

    Optional<ApplicantLetter> of(UUID id) {
        return Absent.when404(() -> api.letter(id));
    }
}
