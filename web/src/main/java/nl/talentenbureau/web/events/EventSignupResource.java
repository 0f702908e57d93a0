package nl.talentenbureau.web.events;

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

import nl.talentenbureau.web.shared.ConfirmationLink;
import nl.talentenbureau.web.shared.api.PublicApi;

/**
 * The link in the mail after signing up for an event for 60-plussers: a page with one button, which confirms the
 * place ({@code GET /api/public/outreach-events/signups/confirmation}) and says in words that it is confirmed, that
 * the link is unknown or expired, or that it cannot be done right now. Pressing it again answers the same.
 */
@Path("/bijeenkomsten")
@Produces(MediaType.TEXT_HTML)
public class EventSignupResource {

    private static final ConfirmationLink LINK = new ConfirmationLink("sign-up", Templates::confirm,
            Templates::confirmation);

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance confirm(String token);

        static native TemplateInstance confirmation(String outcome);
    }

    private final PublicApi api;

    @Inject
    EventSignupResource(@RestClient PublicApi api) {
        this.api = api;
    }

    /**
     * The link in the sign-up's mail: the page with the button, nothing more; a mail scanner that opens the link
     * confirms nothing ({@link ConfirmationLink}).
     */
    @GET
    @Path("/bevestigen")
    public Response confirmation(@QueryParam("token") String token) {
        return LINK.ask(token);
    }

    /** The button on the mail's page: confirms the place. */
    @POST
    @Path("/bevestigen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response confirm(@FormParam("token") String token) {
        return LINK.confirm(token, valid -> {
            api.confirmSignup(valid);
            return "confirmed";
        });
    }
}
