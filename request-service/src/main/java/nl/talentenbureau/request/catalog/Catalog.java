package nl.talentenbureau.request.catalog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.logging.Log;

import nl.talentenbureau.platform.problem.ProblemException;
import nl.talentenbureau.platform.problem.ProblemKind;
import nl.talentenbureau.request.RequestConfig;

/**
 * Checks codes against volunteer-service's catalogue, cached in memory for {@code request.catalog.cache-ttl}. When
 * the catalogue cannot be reached the last list read is used, however old; with nothing read yet the check answers
 * 503, so no request is stored with codes nobody checked.
 */
@ApplicationScoped
public class Catalog {

    private final CatalogSource source;
    private final Duration ttl;
    private final Clock clock;
    private final Map<CatalogList, Cached> cache = new ConcurrentHashMap<>();

    @Inject
    Catalog(CatalogSource source, RequestConfig config) {
        this(source, config.catalog().cacheTtl(), Clock.systemUTC());
    }

    Catalog(CatalogSource source, Duration ttl, Clock clock) {
        this.source = source;
        this.ttl = ttl;
        this.clock = clock;
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
        Instant now = clock.instant();
        Cached cached = cache.get(list);
        if (cached != null && cached.readAt().plus(ttl).isAfter(now)) {
            return cached.codes();
        }
        try {
            Map<String, Boolean> codes = Map.copyOf(source.read(list));
            cache.put(list, new Cached(codes, now));
            return codes;
        } catch (RuntimeException e) {
            if (cached != null) {
                Log.warnf("catalogue %s unreachable (%s); using the list read at %s", list.path,
                        e.getClass().getSimpleName(), cached.readAt());
                return cached.codes();
            }
            Log.errorf("catalogue %s unreachable (%s) and never read: cannot check codes", list.path,
                    e.getClass().getSimpleName());
            throw new ProblemException(ProblemKind.SERVICE_UNAVAILABLE,
                    "the catalogue (volunteer-service) cannot be reached to check the codes; retry later");
        }
    }

    private record Cached(Map<String, Boolean> codes, Instant readAt) {
    }
}
