package nl.talentenbureau.web.signin;

import java.net.URI;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import nl.talentenbureau.web.shared.LocalPath;

/**
 * The page {@link SignInGate} shows while Keycloak does not answer: 503 with {@code Retry-After}, in the person's
 * language. It is also quarkus-oidc's session-expired page ({@link SessionExpiredRedirect}); when Keycloak answers it
 * goes on to the page given as {@code terug} (which signs the person in) or to sign-in, so after the language switch,
 * or once Keycloak is back, it leads where the person was going.
 */
@Path(SignInUnavailableResource.PATH)
public class SignInUnavailableResource {

    public static final String PATH = "/inloggen-niet-mogelijk";
    static final String BACK = "terug";
    /** Keycloak restarts in about a minute; the page itself asks the person to come back in a few. */
    static final int RETRY_AFTER_SECONDS = 60;

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance unavailable();
    }

    private final IdentityProviderProbe probe;

    @Inject
    SignInUnavailableResource(IdentityProviderProbe probe) {
        this.probe = probe;
    }

    @GET
    public Response unavailable(@QueryParam(BACK) String back) {
        if (probe.reachable()) {
            return Response.seeOther(URI.create(back == null ? "/inloggen" : LocalPath.orHome(back))).build();
        }
        return Response.status(Response.Status.SERVICE_UNAVAILABLE)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .entity(Templates.unavailable().render()).build();
    }
}
