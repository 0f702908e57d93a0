package nl.talentenbureau.web.shared.api;

import java.net.URI;

import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.logging.Log;
import io.quarkus.oidc.OidcSession;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import io.smallrye.mutiny.Uni;

import nl.talentenbureau.web.shared.LocalPath;

/**
 * What a page does with an API error it did not handle itself, and with a role the page does not allow: a page in
 * the person's language, never a stack trace. A 401 from the API (the token expired or was revoked) ends the local
 * session and sends the person back to the same page, which signs them in again and returns there.
 */
public class ApiExceptionHandler {

    @CheckedTemplate(basePath = "errors")
    static class Templates {

        static native TemplateInstance forbidden();

        static native TemplateInstance problem(String key);
    }

    private final OidcSession session;

    @Inject
    ApiExceptionHandler(OidcSession session) {
        this.session = session;
    }

    @ServerExceptionMapper
    public Uni<Response> api(ApiException error, UriInfo uri, HttpHeaders headers, Request request) {
        if (error.status() == 401) {
            URI back = URI.create(LocalPath.orHome(backTo(uri, headers, request)));
            return session.logout().map(ignored -> Response.seeOther(back).build());
        }
        if (error.status() == 403) {
            return Uni.createFrom().item(forbiddenPage());
        }
        Log.infof("API answered %d (%s) for a page", error.status(), error.problem().kind());
        int status = error.status() == 404 ? 404 : 502;
        return Uni.createFrom().item(html(status, Templates.problem(FormErrors.kindKey(error))));
    }

    @ServerExceptionMapper
    public Response unreachable(ProcessingException error) {
        Log.warnf("the API cannot be reached: %s", error.getMessage());
        return html(503, Templates.problem("error_unavailable"));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException error) {
        return forbiddenPage();
    }

    private static Response forbiddenPage() {
        return html(403, Templates.forbidden());
    }

    private static Response html(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page.render())
                .build();
    }

    /** After a form post the way back is the page the form was on; after a page load, that page. */
    private static String backTo(UriInfo uri, HttpHeaders headers, Request request) {
        String referer = headers.getHeaderString("Referer");
        if (referer != null && !"GET".equals(request.getMethod())) {
            URI from = URI.create(referer);
            if (from.getRawPath() != null && uri.getBaseUri().getAuthority() != null
                    && uri.getBaseUri().getAuthority().equals(from.getAuthority())) {
                return from.getRawPath() + (from.getRawQuery() == null ? "" : "?" + from.getRawQuery());
            }
        }
        String query = uri.getRequestUri().getRawQuery();
        return uri.getRequestUri().getRawPath() + (query == null ? "" : "?" + query);
    }
}
