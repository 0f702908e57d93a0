package nl.talentenbureau.web.coordinator;

import java.net.URI;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.oidc.IdToken;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import nl.talentenbureau.web.coordinator.CoordinatorApi.Candidates;
import nl.talentenbureau.web.coordinator.CoordinatorApi.Match;
import nl.talentenbureau.web.coordinator.CoordinatorApi.Request;
import nl.talentenbureau.web.coordinator.CoordinatorViews.CandidateRow;
import nl.talentenbureau.web.coordinator.CoordinatorViews.ExclusionRow;
import nl.talentenbureau.web.shared.Flash;
import nl.talentenbureau.web.shared.Roles;
import nl.talentenbureau.web.shared.api.ApiException;
import nl.talentenbureau.web.shared.api.CatalogApi;
import nl.talentenbureau.web.shared.api.FormErrors;
import nl.talentenbureau.web.volunteers.PoolApi;
import nl.talentenbureau.web.volunteers.VolunteerViews;
import nl.talentenbureau.web.volunteers.VolunteerViews.Renewal;

/** The coordinator's start page and a request with its candidates, where the coordinator proposes one. */
@Path("/coordinator")
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
@Produces(MediaType.TEXT_HTML)
public class CoordinatorResource {

    static final int CANDIDATES = 10;
    static final int RENEWAL_DAYS = 60;
    private static final Set<String> PROPOSE_FIELDS = Set.of("volunteerId");

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance start(List<Request> requests, List<Match> waiting, List<Renewal> renewals,
                int renewalDays);

        static native TemplateInstance request(Request request, List<CandidateRow> candidates,
                List<ExclusionRow> excluded, int eligible, List<Match> matches, Map<UUID, String> names,
                FormErrors errors, Flash flash,
                String idempotencyKey);
    }

    @Inject
    @RestClient
    CoordinatorApi api;
    @Inject
    @RestClient
    PoolApi pool;
    @Inject
    @RestClient
    CatalogApi catalog;
    @Inject
    @IdToken
    JsonWebToken idToken;

    @GET
    public TemplateInstance start() {
        List<Request> open = api.requests("OPEN", organisation(), 100).items().stream()
                .sorted(CoordinatorViews.BY_URGENCY_AND_DUE_DATE).toList();
        List<Match> waiting = api.matches(null, "PROPOSED", 100).items();
        return Templates.start(open, waiting, renewals(), RENEWAL_DAYS);
    }

    /**
     * VOGs and trainings that run out within {@link #RENEWAL_DAYS} or have run out already, to plan renewals; null
     * when the API does not give them (an admin: the list is the coordinators'), so the page says so in a sentence.
     */
    private List<Renewal> renewals() {
        try {
            List<PoolApi.Expiring> expiring = pool.expiring(RENEWAL_DAYS, true);
            List<CatalogApi.Training> trainings = expiring.stream().anyMatch(e -> e.code() != null)
                    ? catalog.trainings()
                    : List.of();
            return VolunteerViews.renewals(expiring, trainings, LocalDate.now());
        } catch (ApiException e) {
            if (e.status() == 401) {
                throw e;
            }
            return null;
        }
    }

    @GET
    @Path("/hulpvragen/{id}")
    public TemplateInstance request(@PathParam("id") UUID id, @QueryParam("gedaan") String done) {
        return requestPage(id, FormErrors.none(), Flash.parse(done).orElse(null));
    }

    @POST
    @Path("/hulpvragen/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response propose(@PathParam("id") UUID id, @FormParam("propose") String volunteer,
            @FormParam("idempotencyKey") String idempotencyKey) {
        UUID volunteerId = uuid(volunteer);
        if (volunteerId == null) {
            return page(400, requestPage(id, FormErrors.field("volunteerId"), null));
        }
        try {
            api.propose(idempotencyKey(idempotencyKey), new CoordinatorApi.NewMatch(id, volunteerId));
        } catch (ApiException e) {
            if (e.status() == 401 || e.status() == 403) {
                throw e;
            }
            return page(e.status(), requestPage(id, FormErrors.of(e, PROPOSE_FIELDS), null));
        }
        return Response.seeOther(URI.create("/coordinator/hulpvragen/" + id + "?gedaan=" + Flash.PROPOSED.param()))
                .build();
    }

    private TemplateInstance requestPage(UUID id, FormErrors errors, Flash flash) {
        Request request = api.request(id);
        Candidates candidates = api.candidates(id, CANDIDATES);
        List<Match> matches = api.matches(id, null, 100).items();
        Map<UUID, Match> byVolunteer = new HashMap<>();
        matches.forEach(m -> byVolunteer.putIfAbsent(m.volunteerId(), m));
        // the names of the candidates and of everyone matched already (a match may be of someone no longer a candidate)
        Map<UUID, String> names = Lookups.names(api, Stream.concat(
                candidates.candidates().stream().map(CoordinatorApi.Candidate::volunteerId),
                matches.stream().map(Match::volunteerId)).distinct().toList());
        List<CandidateRow> rows = candidates.candidates().stream()
                .map(c -> CoordinatorViews.candidate(c, names, byVolunteer)).toList();
        List<ExclusionRow> excluded = candidates.excluded().stream().map(CoordinatorViews::exclusion).toList();
        return Templates.request(request, rows, excluded, candidates.eligible(), matches, names, errors, flash,
                UUID.randomUUID().toString());
    }

    /** The organisation the coordinator works for (Keycloak Organizations' claim, a list of aliases). */
    private String organisation() {
        Object claim = idToken.getClaim("organization");
        if (claim instanceof java.util.Collection<?> aliases && !aliases.isEmpty()) {
            return unquote(aliases.iterator().next().toString());
        }
        if (claim instanceof Map<?, ?> byAlias && !byAlias.isEmpty()) {
            return unquote(byAlias.keySet().iterator().next().toString());
        }
        return null;
    }

    private static String unquote(String value) {
        return value.startsWith("\"") && value.endsWith("\"") ? value.substring(1, value.length() - 1) : value;
    }

    private static String idempotencyKey(String fromForm) {
        return uuid(fromForm) == null ? UUID.randomUUID().toString() : fromForm;
    }

    private static UUID uuid(String value) {
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static Response page(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page).build();
    }
}
