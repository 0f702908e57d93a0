package nl.talentenbureau.web.shared;

import java.util.function.Function;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;

import io.quarkus.logging.Log;
import io.quarkus.qute.TemplateInstance;

import nl.talentenbureau.web.shared.api.ApiException;

/**
 * The page behind the link in a confirmation mail (the application's, the event sign-up's). A mail scanner (Outlook's
 * Safe Links and the like) opens every link in a mail, so a GET that confirmed would confirm on the person's behalf.
 * The link's GET therefore only asks ({@link #ask}: a page with one button, no API call) and the button's POST
 * confirms ({@link #confirm}) and says in words what happened: {@code confirmed}, {@code already}, {@code unknown}
 * (404) or {@code busy} (503). A token that cannot be one (cut short in the mail) is {@code unknown} at once, without
 * asking the API. The question page's form is the tag {@code confirmButton}.
 */
public final class ConfirmationLink {

    /** The shape of the API's tokens. */
    private static final String TOKEN = "[A-Za-z0-9_-]{43}";

    private final String what;
    private final Function<String, TemplateInstance> question;
    private final Function<String, TemplateInstance> outcome;

    /**
     * @param what     the confirmation in a log line ("application", "sign-up")
     * @param question the page with the button, given the token
     * @param outcome  the page that says what happened, given the outcome
     */
    public ConfirmationLink(String what, Function<String, TemplateInstance> question,
            Function<String, TemplateInstance> outcome) {
        this.what = what;
        this.question = question;
        this.outcome = outcome;
    }

    /** The mail's link: the question page, which changes nothing and calls no API. */
    public Response ask(String token) {
        if (!wellFormed(token)) {
            return unknown();
        }
        return Response.ok(question.apply(token.strip())).build();
    }

    /**
     * The button: {@code confirm} calls the API with the token and names the outcome ({@code confirmed} or
     * {@code already}). The API's 400 or 404 is {@code unknown}; a refusal for load, a failure behind it or no
     * connection is {@code busy}, never a 500.
     */
    public Response confirm(String token, Function<String, String> confirm) {
        if (!wellFormed(token)) {
            return unknown();
        }
        try {
            return Response.ok(outcome.apply(confirm.apply(token.strip()))).build();
        } catch (ApiException e) {
            if (e.status() == 400 || e.status() == 404) {
                return unknown();
            }
            Log.infof("the %s confirmation API answered %d (%s)", what, e.status(), e.problem().kind());
            return Html.page(503, outcome.apply("busy"));
        } catch (ProcessingException e) {
            Log.warnf("the %s confirmation API cannot be reached: %s", what, e.getMessage());
            return Html.page(503, outcome.apply("busy"));
        }
    }

    private Response unknown() {
        return Html.page(404, outcome.apply("unknown"));
    }

    private static boolean wellFormed(String token) {
        return token != null && token.strip().matches(TOKEN);
    }
}
