package nl.talentenbureau.matching.projection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.narayana.jta.QuarkusTransaction;

import nl.talentenbureau.matching.catalog.Catalogue;
import nl.talentenbureau.matching.catalog.Codes;
import nl.talentenbureau.matching.catalog.Kern;
import nl.talentenbureau.matching.catalog.KernDistances;
import nl.talentenbureau.platform.follower.FollowedEvent;

/**
 * The catalogue as volunteer-service publishes it in its feed ({@code catalog_entry}): one row per entry, the latest
 * event's snapshot. Retired talents and trainings stay: volunteers still hold them and older requests still name them.
 */
@ApplicationScoped
public class CatalogProjection {

    /** The aggregate type of the catalogue's events in volunteer-service's feed. */
    public static final String AGGREGATE_TYPE = "catalog";

    private static final Map<String, String> KINDS = Map.of("KernChanged", "kern", "ThemeChanged", "theme",
            "TalentChanged", "talent", "TrainingChanged", "training");

    private final EntityManager entityManager;

    public CatalogProjection(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Inside the follower's transaction: stores the entry unless a newer event already did.
     *
     * @return whether the event is a catalogue event (of a kind this service keeps)
     */
    public boolean apply(FollowedEvent event) {
        String kind = KINDS.get(event.type());
        if (kind == null) {
            return false;
        }
        JsonNode code = event.payload() == null ? null : event.payload().path("code");
        if (code == null || !code.isTextual() || code.asText().isBlank()) {
            throw new IllegalArgumentException(event.type() + " event at seq " + event.seq() + " has no code");
        }
        if ("kern".equals(kind)
                && !(event.payload().path("lat").isNumber() && event.payload().path("lon").isNumber())) {
            throw new IllegalArgumentException(event.type() + " event at seq " + event.seq() + " has no centroid");
        }
        entityManager.createNativeQuery("""
                insert into catalog_entry (kind, code, seq, payload) values (?1, ?2, ?3, cast(?4 as jsonb))
                on conflict (kind, code) do update set seq = excluded.seq, payload = excluded.payload
                where catalog_entry.seq < excluded.seq""")
                .setParameter(1, kind).setParameter(2, code.asText()).setParameter(3, event.seq())
                .setParameter(4, event.payload().toString()).executeUpdate();
        return true;
    }

    /** The catalogue as stored now; kernen, talents and trainings in code order. */
    public Catalogue read() {
        return QuarkusTransaction.joiningExisting().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = entityManager.createNativeQuery("""
                    select kind, code, cast(payload ->> 'lat' as double precision),
                           cast(payload ->> 'lon' as double precision)
                    from catalog_entry where kind in ('kern', 'talent', 'training') order by kind, code""")
                    .getResultList();
            List<Kern> kernen = new ArrayList<>();
            List<String> talents = new ArrayList<>();
            List<String> trainings = new ArrayList<>();
            for (Object[] row : rows) {
                String code = (String) row[1];
                switch ((String) row[0]) {
                    case "kern" -> kernen.add(new Kern(code, ((Number) row[2]).doubleValue(),
                            ((Number) row[3]).doubleValue()));
                    case "talent" -> talents.add(code);
                    default -> trainings.add(code);
                }
            }
            return new Catalogue(new KernDistances(kernen), Codes.of(talents), Codes.of(trainings));
        });
    }
}
