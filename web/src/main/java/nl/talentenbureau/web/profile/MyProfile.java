package nl.talentenbureau.web.profile;

import java.net.URI;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import nl.talentenbureau.web.shared.api.ApiException;

/** A page about the volunteer's own profile needs one: without it (the API says 404) the person applies first. */
public final class MyProfile {

    public static final String APPLY_PAGE = "/aanmelden";

    private MyProfile() {
    }

    public static boolean exists(VolunteerApi api) {
        try {
            api.me();
            return true;
        } catch (ApiException e) {
            if (e.status() == 404) {
                return false;
            }
            throw e;
        }
    }

    public static VolunteerApi.Volunteer read(VolunteerApi api) {
        try {
            return api.me();
        } catch (ApiException e) {
            if (e.status() == 404) {
                throw new WebApplicationException(Response.seeOther(URI.create(APPLY_PAGE)).build());
            }
            throw e;
        }
    }
}
