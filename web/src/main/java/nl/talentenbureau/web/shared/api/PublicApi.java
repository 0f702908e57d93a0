package nl.talentenbureau.web.shared.api;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;

/**
 * volunteer-service's anonymous API ({@code /api/public}), the one the coalition's websites use too: open vacancies,
 * the application form and its confirmation link, the event sign-up's confirmation link, the directory and the
 * catalogue's names. No token is sent (the
 * public pages have none; the gateway routes these without one). The person's address goes along as
 * {@code X-Forwarded-For}, so a gateway that trusts the web app (GATEWAY_TRUSTED_PROXIES) limits each person, not
 * the web app as a whole.
 */
@RegisterRestClient(configKey = "gateway")
@RegisterProvider(ApiResponses.class)
@ClientHeaderParam(name = "X-Forwarded-For", value = "{clientAddress}", required = false)
@Path("/api/public")
public interface PublicApi {

    @GET
    @Path("/vacancies")
    List<Vacancy> vacancies(@QueryParam("kern") String kern, @QueryParam("theme") String theme);

    @GET
    @Path("/vacancies/{id}")
    Vacancy vacancy(@PathParam("id") UUID id);

    @POST
    @Path("/applications")
    @Consumes(MediaType.APPLICATION_JSON)
    Receipt apply(Application application);

    @GET
    @Path("/applications/confirmation")
    Receipt confirm(@QueryParam("token") String token);

    @GET
    @Path("/outreach-events/signups/confirmation")
    Receipt confirmSignup(@QueryParam("token") String token);

    @GET
    @Path("/directory")
    List<Organisation> directory(@QueryParam("theme") String theme, @QueryParam("kern") String kern);

    @GET
    @Path("/catalog")
    Catalog catalog();

    /** The address of the person whose page asks (the gateway's X-Forwarded-For, as the web app reads it). */
    default String clientAddress() {
        var current = Arc.container().instance(CurrentVertxRequest.class);
        if (!current.isAvailable() || current.get().getCurrent() == null
                || current.get().getCurrent().request().remoteAddress() == null) {
            return null;
        }
        return current.get().getCurrent().request().remoteAddress().hostAddress();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Vacancy(UUID id, String organisation, String title, String description, String theme,
            List<String> talents, List<String> kernen, Integer hoursPerWeek, List<String> slots, boolean vogRequired,
            List<String> trainings, LocalDate updatedOn) {

        public Vacancy {
            talents = talents == null ? List.of() : talents;
            kernen = kernen == null ? List.of() : kernen;
            slots = slots == null ? List.of() : slots;
            trainings = trainings == null ? List.of() : trainings;
        }
    }

    /** What the form sends: only the fields an applicant may set. */
    record Application(String source, UUID vacancyId, UUID eventId, UUID referredBy, String name, String email,
            String phone, String kern, String motivation, Boolean consent) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Receipt(UUID id, String status, OffsetDateTime confirmBefore) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Organisation(String alias, String name, String description, List<Offer> offers,
            List<Opening> openingHours, String openingNote, Contact contact, LocalDate updatedOn) {

        public Organisation {
            offers = offers == null ? List.of() : offers;
            openingHours = openingHours == null ? List.of() : openingHours;
            contact = contact == null ? new Contact(null, null, null, null) : contact;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Offer(String theme, List<String> kernen, String summary) {

        public Offer {
            kernen = kernen == null ? List.of() : kernen;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Opening(DayOfWeek day, String from, String until) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Contact(String phone, String email, String website, String addressLine) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Catalog(List<Kern> kernen, List<Named> themes, List<Named> talents, List<Named> trainings) {

        public Catalog {
            kernen = kernen == null ? List.of() : kernen;
            themes = themes == null ? List.of() : themes;
            talents = talents == null ? List.of() : talents;
            trainings = trainings == null ? List.of() : trainings;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Kern(String code, String name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Named(String code, String nameNl, String nameEn) {
    }
}
