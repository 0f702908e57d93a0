package nl.talentenbureau.notification.delivery;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.rest.client.inject.RestClient;

/** One volunteer's contact details at send time; empty when volunteer-service does not know them (404: erased). */
@ApplicationScoped
public class VolunteerContacts {

    private final VolunteerContactApi api;

    public VolunteerContacts(@RestClient VolunteerContactApi api) {
        this.api = api;
    }

    Optional<Contact> of(UUID volunteerId) {
        return Absent.when404(() -> api.contact(volunteerId));
    }
}
