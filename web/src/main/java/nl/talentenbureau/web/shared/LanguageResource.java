package nl.talentenbureau.web.shared;

import java.net.URI;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

/** The language switch: remembers the choice in a cookie and goes back to the page the person was on. */
@Path("/taal")
public class LanguageResource {

    private static final int ONE_YEAR = 365 * 24 * 3600;

    @GET
    public Response choose(@QueryParam("lang") String lang, @QueryParam("terug") String back) {
        NewCookie cookie = new NewCookie.Builder(Page.LANG_COOKIE).value(Lang.parse(lang).tag()).path("/")
                .maxAge(ONE_YEAR).httpOnly(true).sameSite(NewCookie.SameSite.LAX).build();
        return Response.seeOther(URI.create(LocalPath.orHome(back))).cookie(cookie).build();
    }
}
