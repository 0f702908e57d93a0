package nl.talentenbureau.request.catalog;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.logging.Log;

import nl.talentenbureau.platform.follower.FeedFollowers;
import nl.talentenbureau.platform.problem.ProblemException;
import nl.talentenbureau.platform.problem.ProblemKind;

/**
 * Checks codes against the catalogue this service projects from volunteer-service's feed ({@link CatalogFeedConsumer}),
 * so a code an admin adds is accepted as soon as its event is applied. A list that is still empty (a new instance
 * whose follower has not yet read the catalogue) is followed once, right then; still empty, the check answers 503, so
 * no request is stored with codes nobody checked.
 */
@ApplicationScoped
public class Catalog {

    private final CatalogSource source;
    private final Runnable catchUp;

    @Inject
    Catalog(CatalogEntries source, FeedFollowers followers) {
        this(source, () -> followers.catchUp(CatalogFeedConsumer.FEED));
    }

    Catalog(CatalogSource source, Runnable catchUp) {
        this.source = source;
        this.catchUp = catchUp;
    }

    public void checkKern(String field, String code) {
        check(CatalogList.KERNEN, field, code);
    }

    public void checkTheme(String field, String code) {
        check(CatalogList.THEMES, field, code);
    }

    public void checkTalent(String field, String code) {
        check(CatalogList.TALENTS, field, code);
    }

    public void checkTraining(String field, String code) {
        check(CatalogList.TRAININGS, field, code);
    }

    /** An organisation of the coalition's directory (a signal's receiving organisation). */
    public void checkOrganisation(String field, String code) {
        check(CatalogList.ORGANISATIONS, field, code);
    }

    private void check(CatalogList list, String field, String code) {
        Boolean assignable = codes(list).get(code);
        if (assignable == null) {
            throw ProblemException.unprocessable(field, "unknown " + list.noun + " '" + code + "'");
        }
        if (!assignable) {
            throw ProblemException.unprocessable(field, list.noun + " '" + code + "' is retired");
        }
    }

    private Map<String, Boolean> codes(CatalogList list) {
        Map<String, Boolean> codes = source.read(list);
        if (!codes.isEmpty()) {
            return codes;
        }
        try {
            catchUp.run();
        } catch (RuntimeException e) {
            Log.warnf("catalogue feed unreachable (%s) while the %s list is empty", e.getClass().getSimpleName(),
                    list.noun);
        }
        codes = source.read(list);
        // an empty directory is a directory without entries (yet): every organisation is unknown, 422
        if (codes.isEmpty() && list != CatalogList.ORGANISATIONS) {
            throw new ProblemException(ProblemKind.SERVICE_UNAVAILABLE,
                    "the catalogue (volunteer-service) has not reached this service yet to check the codes; retry later");
        }
        return codes;
    }
}
