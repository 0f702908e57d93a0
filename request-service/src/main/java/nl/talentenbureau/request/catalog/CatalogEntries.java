package nl.talentenbureau.request.catalog;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** The projected catalogue ({@code catalog_entry}). */
@ApplicationScoped
class CatalogEntries implements CatalogSource {

    private final EntityManager entityManager;

    CatalogEntries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Inside the follower's transaction: the entry as its latest event tells it. */
    void put(CatalogList list, String code, boolean assignable) {
        entityManager.createNativeQuery("""
                insert into catalog_entry (list, code, assignable) values (?1, ?2, ?3)
                on conflict (list, code) do update set assignable = excluded.assignable""")
                .setParameter(1, list.name()).setParameter(2, code).setParameter(3, assignable).executeUpdate();
    }

    @Override
    public Map<String, Boolean> read(CatalogList list) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = entityManager.createNativeQuery(
                    "select code, assignable from catalog_entry where list = ?1").setParameter(1, list.name())
                    .getResultList();
            Map<String, Boolean> codes = new TreeMap<>();
            rows.forEach(row -> codes.put((String) row[0], (Boolean) row[1]));
            return codes;
        });
    }
}
