package nl.talentenbureau.web.shared;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.Cookie;

/**
 * What the layout of every page needs about the current request: the language, the signed-in person's roles (for
 * the navigation) and the path (for the language switch). Templates read it as {@code inject:page}.
 */
@RequestScoped
@Named("page")
public class Page {

    public static final String LANG_COOKIE = "lang";

    private final SecurityIdentity identity;
    private final CurrentVertxRequest request;

    @Inject
    Page(SecurityIdentity identity, CurrentVertxRequest request) {
        this.identity = identity;
        this.request = request;
    }

    public Lang language() {
        Cookie cookie = request.getCurrent() == null ? null : request.getCurrent().request().getCookie(LANG_COOKIE);
        return Lang.parse(cookie == null ? null : cookie.getValue());
    }

    public String lang() {
        return language().tag();
    }

    public Locale locale() {
        return language().locale();
    }

    public String otherLang() {
        return language().other().tag();
    }

    public boolean signedIn() {
        return !identity.isAnonymous();
    }

    public boolean coordinator() {
        return Roles.isCoordinator(identity);
    }

    public boolean volunteer() {
        return identity.hasRole(Roles.VOLUNTEER);
    }

    /** The current path with its query, URL-encoded, for the language switch's way back. */
    public String back() {
        String path = request.getCurrent() == null ? "/" : request.getCurrent().request().uri();
        return URLEncoder.encode(path, StandardCharsets.UTF_8);
    }
}
