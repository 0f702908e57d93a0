package nl.talentenbureau.web.events;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.logging.Log;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import nl.talentenbureau.web.shared.Html;
import nl.talentenbureau.web.shared.api.ApiException;
import nl.talentenbureau.web.shared.api.PublicApi;

/**
 * The link in the mail after signing up for an event for 60-plussers
 * ({@code GET /api/public/outreach-events/signups/confirmation}): in words, the place is confirmed, the link is
 * unknown or expired, or it cannot be done right now. Following it again answers the same.
 */
@Path("/bijeenkomsten")
@Produces(MediaType.TEXT_HTML)
public class EventSignupResource {

    /** The shape of the API's tokens: a link cut short in the mail is "unknown" without asking the API. */
    private static final String TOKEN = "[A-Za-z0-9_-]{43}";

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance confirmation(String outcome);
    }

    private final PublicApi api;

    @Inject
    EventSignupResource(@RestClient PublicApi api) {
        this.api = api;
    }

    @GET
    @Path("/bevestigen")
    public Response confirm(@QueryParam("token") String token) {
        if (token == null || !token.strip().matches(TOKEN)) {
            return Html.page(404, Templates.confirmation("unknown"));
        }
        try {
            api.confirmSignup(token.strip());
            return Response.ok(Templates.confirmation("confirmed")).build();
        } catch (ApiException e) {
            if (e.status() == 400 || e.status() == 404) {
                return Html.page(404, Templates.confirmation("unknown"));
            }
            Log.infof("the sign-up confirmation API answered %d (%s)", e.status(), e.problem().kind());
            return Html.page(503, Templates.confirmation("busy"));
        } catch (ProcessingException e) {
            Log.warnf("the sign-up confirmation API cannot be reached: %s", e.getMessage());
            return Html.page(503, Templates.confirmation("busy"));
        }
    }
}
