package nl.talentenbureau.web.volunteers;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.quarkus.oidc.token.propagation.common.AccessToken;

import nl.talentenbureau.web.profile.VolunteerApi.TalentLevel;
import nl.talentenbureau.web.shared.api.ApiPage;
import nl.talentenbureau.web.shared.api.ApiResponses;

/**
 * The coalition's volunteer pool as a coordinator keeps it (volunteer-service: {@code /api/volunteers}, screening and
 * the catalogue), called with the coordinator's own access token.
 */
@RegisterRestClient(configKey = "gateway")
@RegisterProvider(ApiResponses.class)
@AccessToken
@Path("/api")
public interface PoolApi {

    @GET
    @Path("/volunteers")
    ApiPage<Summary> search(@QueryParam("q") String name, @QueryParam("kern") String kern,
            @QueryParam("talent") String talent, @QueryParam("minLevel") Integer minLevel,
            @QueryParam("status") String status, @QueryParam("freeIn") String freeIn,
            @QueryParam("vogValid") Boolean vogValid, @QueryParam("training") String training,
            @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/volunteers/{id}")
    Volunteer volunteer(@PathParam("id") UUID id);

    @PUT
    @Path("/volunteers/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    Volunteer replace(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, CoordinatorInput input);

    @POST
    @Path("/volunteers/{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    Volunteer step(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, StatusStep step);

    @PUT
    @Path("/volunteers/{id}/vog")
    @Consumes(MediaType.APPLICATION_JSON)
    Screening recordVog(@PathParam("id") UUID id, VogInput vog);

    @PUT
    @Path("/volunteers/{id}/trainings/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    Screening recordTraining(@PathParam("id") UUID id, @PathParam("code") String code, TrainingCompletion done);

    /** VOGs and trainings that run out within so many days (coordinators only), ordered by expiry. */
    @GET
    @Path("/volunteers/screening/expiring")
    List<Expiring> expiring(@QueryParam("withinDays") int withinDays,
            @QueryParam("includeExpired") boolean includeExpired);

    /** One row of the search: no contact details (the API leaves them out of a browsing list). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Summary(UUID id, String status, String name, String homeKern, List<TalentLevel> talents,
            List<String> organisations) {

        public Summary {
            talents = talents == null ? List.of() : talents;
            organisations = organisations == null ? List.of() : organisations;
        }
    }

    /** The whole profile as a coordinator sees it; e-mail and phone are null when {@code contactWithheld}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Volunteer(UUID id, String status, String name, String email, String phone, boolean contactWithheld,
            Integer birthYear, String homeKern, Integer maxTravelKm, List<String> languages,
            List<TalentLevel> talents, List<String> availability, Integer capacity, List<String> themes,
            List<String> organisations, Screening screening, long version) {

        public Volunteer {
            languages = languages == null ? List.of() : languages;
            talents = talents == null ? List.of() : talents;
            availability = availability == null ? List.of() : availability;
            themes = themes == null ? List.of() : themes;
            organisations = organisations == null ? List.of() : organisations;
            screening = screening == null ? new Screening(null, null, false, List.of()) : screening;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Screening(LocalDate vogIssuedOn, LocalDate vogValidUntil, boolean vogValid,
            List<TrainingRecord> trainings) {

        public Screening {
            trainings = trainings == null ? List.of() : trainings;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TrainingRecord(String code, LocalDate completedOn, LocalDate expiresOn, boolean valid) {
    }

    /** A VOG ({@code kind} VOG, no code) or training (its code) that stops counting on {@code expiresOn}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Expiring(UUID volunteerId, String name, String homeKern, String kind, String code, LocalDate expiresOn) {
    }

    /** What {@code PUT /api/volunteers/{id}} replaces: every field the coordinator owns. */
    record CoordinatorInput(String name, String email, String phone, Integer birthYear, String homeKern,
            Integer maxTravelKm, List<String> languages, List<TalentLevel> talents, List<String> availability,
            List<String> themes, Integer capacity) {
    }

    record StatusStep(String status) {
    }

    record VogInput(LocalDate issuedOn) {
    }

    record TrainingCompletion(LocalDate completedOn) {
    }
}
