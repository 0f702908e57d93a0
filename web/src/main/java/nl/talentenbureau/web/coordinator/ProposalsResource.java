package nl.talentenbureau.web.coordinator;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import nl.talentenbureau.web.coordinator.BatchApi.Proposals;
import nl.talentenbureau.web.coordinator.BatchViews.Outcome;
import nl.talentenbureau.web.coordinator.BatchViews.PairChoice;
import nl.talentenbureau.web.coordinator.BatchViews.ProposalsPage;
import nl.talentenbureau.web.coordinator.CoordinatorApi.Request;
import nl.talentenbureau.web.shared.Flash;
import nl.talentenbureau.web.shared.Roles;
import nl.talentenbureau.web.shared.api.ApiException;
import nl.talentenbureau.web.shared.api.FormErrors;

/**
 * Batch proposals: the pairs the API proposes for every open request of the organisation at once, and the requests
 * left unfilled with why. The coordinator ticks pairs and confirms them; each becomes a proposal of its own
 * ({@code POST /api/matches}), so one the API refuses is told beside that pair while the others go through.
 */
@Path("/coordinator/voorstellen")
@RolesAllowed(Roles.COORDINATOR)
@Produces(MediaType.TEXT_HTML)
public class ProposalsResource {

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance proposals(ProposalsPage proposals, List<Outcome> outcomes, int proposed,
                FormErrors errors, Flash flash, String idempotencyKey);
    }

    private final BatchApi batch;
    private final CoordinatorApi api;

    @Inject
    ProposalsResource(@RestClient BatchApi batch, @RestClient CoordinatorApi api) {
        this.batch = batch;
        this.api = api;
    }

    @GET
    public TemplateInstance proposals(@QueryParam("gedaan") String done) {
        return page(List.of(), FormErrors.none(), Flash.parse(done).orElse(null));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response confirm(@FormParam("pair") List<String> ticked, @FormParam("idempotencyKey") String formKey) {
        List<Optional<PairChoice>> parsed = ticked == null
                ? List.of()
                : new LinkedHashSet<>(ticked).stream().map(PairChoice::parse).toList();
        if (parsed.isEmpty() || parsed.stream().anyMatch(Optional::isEmpty)) {
            return CoordinatorResource.page(400, page(List.of(), FormErrors.field("pair"), null));
        }
        String key = validKey(formKey);
        List<Outcome> outcomes = new ArrayList<>();
        ApiException firstRefusal = null;
        for (PairChoice pair : parsed.stream().map(Optional::orElseThrow).toList()) {
            try {
                api.propose(pair.idempotencyKey(key),
                        new CoordinatorApi.NewMatch(pair.requestId(), pair.volunteerId()));
                outcomes.add(new Outcome(pair, null, null, null));
            } catch (ApiException e) {
                if (e.status() == 401 || e.status() == 403) {
                    throw e;
                }
                outcomes.add(new Outcome(pair, null, null, BatchViews.refusalKey(e)));
                firstRefusal = firstRefusal == null ? e : firstRefusal;
            }
        }
        if (firstRefusal == null) {
            return Response.seeOther(URI.create("/coordinator/voorstellen?gedaan=" + Flash.PROPOSALS_CONFIRMED.param()))
                    .build();
        }
        return CoordinatorResource.page(firstRefusal.status(), page(outcomes, FormErrors.none(), null));
    }

    /** The proposals as the API computes them now, and what became of the pairs just confirmed (if any). */
    private TemplateInstance page(List<Outcome> confirmed, FormErrors errors, Flash flash) {
        Proposals proposals = batch.proposals(new BatchApi.ProposalInput(null));
        Map<UUID, Request> requests = Lookups.requests(api, Stream.of(
                proposals.assignments().stream().map(BatchApi.Pair::requestId),
                proposals.unfilled().stream().map(BatchApi.Unfilled::requestId),
                confirmed.stream().map(o -> o.pair().requestId())).flatMap(s -> s).toList());
        Map<UUID, String> names = Lookups.names(api, Stream.concat(
                proposals.assignments().stream().map(BatchApi.Pair::volunteerId),
                confirmed.stream().map(o -> o.pair().volunteerId())).toList());
        List<Outcome> outcomes = confirmed.stream().map(o -> new Outcome(o.pair(), requests.get(o.pair().requestId()),
                names.get(o.pair().volunteerId()), o.refusalKey())).toList();
        int proposed = (int) outcomes.stream().filter(Outcome::proposed).count();
        return Templates.proposals(BatchViews.proposals(proposals, requests, names), outcomes, proposed, errors, flash,
                UUID.randomUUID().toString());
    }

    private static String validKey(String fromForm) {
        try {
            return fromForm == null ? UUID.randomUUID().toString() : UUID.fromString(fromForm).toString();
        } catch (IllegalArgumentException e) {
            return UUID.randomUUID().toString();
        }
    }
}
