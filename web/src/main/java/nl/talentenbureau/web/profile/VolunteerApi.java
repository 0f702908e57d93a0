package nl.talentenbureau.web.profile;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.quarkus.oidc.token.propagation.common.AccessToken;

import nl.talentenbureau.web.shared.api.ApiResponses;

/** The volunteer's own profile (volunteer-service, {@code /api/volunteers/me}), with their own token. */
@RegisterRestClient(configKey = "gateway")
@RegisterProvider(ApiResponses.class)
@AccessToken
@Path("/api")
public interface VolunteerApi {

    @GET
    @Path("/volunteers/me")
    Volunteer me();

    @POST
    @Path("/volunteers/me")
    @Consumes(MediaType.APPLICATION_JSON)
    Volunteer apply(ProfileInput input);

    @PUT
    @Path("/volunteers/me")
    @Consumes(MediaType.APPLICATION_JSON)
    Volunteer replace(@HeaderParam("If-Match") String ifMatch, ProfileInput input);

    @PUT
    @Path("/volunteers/me/notifications")
    @Consumes(MediaType.APPLICATION_JSON)
    Notifications notifications(Notifications notifications);

    @PUT
    @Path("/volunteers/me/consents/{purpose}")
    Consent give(@PathParam("purpose") String purpose);

    @DELETE
    @Path("/volunteers/me/consents/{purpose}")
    Consent withdraw(@PathParam("purpose") String purpose);

    /** Everything held on the volunteer, passed on as the API wrote it. */
    @GET
    @Path("/volunteers/me/export")
    @Produces(MediaType.APPLICATION_JSON)
    String export();

    @DELETE
    @Path("/volunteers/me")
    void erase();

    @GET
    @Path("/volunteers/me/absences")
    List<Absence> absences();

    @POST
    @Path("/volunteers/me/absences")
    @Consumes(MediaType.APPLICATION_JSON)
    Absence addAbsence(AbsenceInput absence);

    @DELETE
    @Path("/volunteers/me/absences/{id}")
    void removeAbsence(@PathParam("id") UUID id);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Volunteer(UUID id, String status, String name, String email, String phone, Integer birthYear,
            String homeKern, Integer maxTravelKm, List<String> languages, List<TalentLevel> talents,
            List<String> availability, List<String> themes, List<Consent> consents, Notifications notifications,
            long version) {

        public Volunteer {
            languages = languages == null ? List.of() : languages;
            talents = talents == null ? List.of() : talents;
            availability = availability == null ? List.of() : availability;
            themes = themes == null ? List.of() : themes;
            consents = consents == null ? List.of() : consents;
        }

        /** The whole profile as PUT wants it back: a page changes its part and leaves the rest as read. */
        ProfileInput input() {
            return new ProfileInput(name, email, phone, birthYear, homeKern, maxTravelKm, languages, talents,
                    availability, themes);
        }
    }

    /** What a volunteer keeps current about themselves (POST and PUT {@code /volunteers/me}). */
    record ProfileInput(String name, String email, String phone, Integer birthYear, String homeKern,
            Integer maxTravelKm, List<String> languages, List<TalentLevel> talents, List<String> availability,
            List<String> themes) {

        ProfileInput withAvailability(List<String> slots) {
            return new ProfileInput(name, email, phone, birthYear, homeKern, maxTravelKm, languages, talents, slots,
                    themes);
        }

        ProfileInput withTalents(List<TalentLevel> newTalents, List<String> newThemes) {
            return new ProfileInput(name, email, phone, birthYear, homeKern, maxTravelKm, languages, newTalents,
                    availability, newThemes);
        }

        ProfileInput withContact(String newName, String newEmail, String newPhone) {
            return new ProfileInput(newName, newEmail, newPhone, birthYear, homeKern, maxTravelKm, languages,
                    talents, availability, themes);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TalentLevel(String code, Integer level) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Consent(String purpose, OffsetDateTime givenAt, OffsetDateTime withdrawnAt, boolean active) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Notifications(String reachBy, String language, QuietHours quietHours) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record QuietHours(String from, String until) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Absence(UUID id, LocalDate startsOn, LocalDate endsOn) {
    }

    record AbsenceInput(LocalDate startsOn, LocalDate endsOn) {
    }
}
