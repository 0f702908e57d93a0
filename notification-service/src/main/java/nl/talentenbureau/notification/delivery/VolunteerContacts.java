package nl.talentenbureau.notification.delivery;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.rest.client.inject.RestClient;

/** One volunteer's contact details at send time; empty when volunteer-service does not know them (404: erased). */
@ApplicationScoped
public class VolunteerContacts {

    private final VolunteerContactApi api;

    public VolunteerContacts(@RestClient VolunteerContactApi api) {
        this.api = api;
    }

    Optional<Contact> of(UUID volunteerId) {
        try {
            return Optional.ofNullable(api.contact(volunteerId));
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
