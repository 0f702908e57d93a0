package nl.talentenbureau.matching.contacts;

import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.logging.Log;

/**
 * Names and phone numbers of volunteers from volunteer-service, at the moment a coordinator asks for them (matching
 * stores none: the volunteer feed carries no contact details). One call for a whole list, with the caller's own
 * bearer token. A GET, so it is retried once; when volunteer-service is down, slow or refuses, the answer is
 * {@link Contacts#unavailable()} instead of an error, so the caller's list still answers without names.
 */
@ApplicationScoped
public class VolunteerContacts {

    /** volunteer-service answers at most this many ids at once by default ({@code volunteer.page.max-ids}). */
    public static final int MAX_IDS = 100;

    private final VolunteerApi api;

    public VolunteerContacts(@RestClient VolunteerApi api) {
        this.api = api;
    }

    /**
     * @param ids at most {@link #MAX_IDS} distinct volunteers
     * @param bearerToken the caller's raw access token, passed on as {@code Authorization: Bearer …}
     */
    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 200)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "unavailable")
    public Contacts of(Collection<UUID> ids, String bearerToken) {
        List<String> distinct = new LinkedHashSet<>(ids).stream().map(UUID::toString).toList();
        if (distinct.isEmpty()) {
            return Contacts.none();
        }
        if (distinct.size() > MAX_IDS) {
            throw new IllegalArgumentException("at most " + MAX_IDS + " volunteers at once");
        }
        VolunteerPage page = api.byIds(distinct, "Bearer " + bearerToken);
        Map<UUID, Contact> found = new HashMap<>();
        if (page != null && page.items() != null) {
            for (VolunteerPage.Row row : page.items()) {
                if (row.id() != null) {
                    found.put(row.id(), new Contact(row.id(), row.name(), row.phone()));
                }
            }
        }
        return new Contacts(true, found);
    }

    Contacts unavailable(Collection<UUID> ids, String bearerToken) {
        Log.warnf("volunteer-service did not answer the contacts of %d volunteers: answering without them",
                new LinkedHashSet<>(ids).size());
        return Contacts.unavailable();
    }
}
