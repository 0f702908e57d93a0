package nl.talentenbureau.web.shared.api;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.quarkus.oidc.token.propagation.common.AccessToken;

/**
 * The coalition's catalogues (volunteer-service, {@code /api/catalog}): kernen, talents, themes and trainings, with
 * their names in both languages. One client for every page that offers a choice from them or shows their names.
 */
@RegisterRestClient(configKey = "gateway")
@RegisterProvider(ApiResponses.class)
@AccessToken
@Path("/api/catalog")
public interface CatalogApi {

    @GET
    @Path("/kernen")
    List<Kern> kernen();

    @GET
    @Path("/talents")
    List<Talent> talents();

    @GET
    @Path("/themes")
    List<Theme> themes();

    @GET
    @Path("/trainings")
    List<Training> trainings();

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Kern(String code, String name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Talent(String code, String theme, String nameNl, String nameEn, OffsetDateTime retiredAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Theme(String code, String nameNl, String nameEn) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Training(String code, String nameNl, String nameEn, Integer validYears, OffsetDateTime retiredAt) {
    }
}
