package nl.talentenbureau.request.catalog;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The projected catalogue ({@code catalog_entry}). Every new request checks its codes against four lists, so each
 * list is kept in memory for at most {@link #KEPT} (a read of the table per check was a fifth of the statements of an
 * intake); a change this instance applies drops the list at once and again when its transaction ends, so it is read
 * afresh. Another instance sees the change at most that long later than this one.
 */
@ApplicationScoped
class CatalogEntries implements CatalogSource {

    static final Duration KEPT = Duration.ofSeconds(1);

    private record Kept(Map<String, Boolean> codes, long readAt) {
    }

    private final EntityManager entityManager;
    private final TransactionSynchronizationRegistry transactions;
    private final Map<CatalogList, Kept> kept = new ConcurrentHashMap<>();

    CatalogEntries(EntityManager entityManager, TransactionSynchronizationRegistry transactions) {
        this.entityManager = entityManager;
        this.transactions = transactions;
    }

    /** Inside the follower's transaction: the entry as its latest event tells it. */
    void put(CatalogList list, String code, boolean assignable) {
        entityManager.createNativeQuery("""
                insert into catalog_entry (list, code, assignable) values (?1, ?2, ?3)
                on conflict (list, code) do update set assignable = excluded.assignable""")
                .setParameter(1, list.name()).setParameter(2, code).setParameter(3, assignable).executeUpdate();
        kept.remove(list);
        // a read meanwhile may have kept the list as it was before this transaction: dropped again when it ends
        transactions.registerInterposedSynchronization(new Synchronization() {

            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                kept.remove(list);
            }
        });
    }

    @Override
    public Map<String, Boolean> read(CatalogList list) {
        Kept fresh = kept.get(list);
        if (fresh != null && System.nanoTime() - fresh.readAt() < KEPT.toNanos()) {
            return fresh.codes();
        }
        long readAt = System.nanoTime();
        Map<String, Boolean> codes = readTable(list);
        if (!codes.isEmpty()) {
            kept.put(list, new Kept(codes, readAt));
        }
        return codes;
    }

    private Map<String, Boolean> readTable(CatalogList list) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = entityManager.createNativeQuery(
                    "select code, assignable from catalog_entry where list = ?1").setParameter(1, list.name())
                    .getResultList();
            Map<String, Boolean> codes = new TreeMap<>();
            rows.forEach(row -> codes.put((String) row[0], (Boolean) row[1]));
            return Collections.unmodifiableMap(codes);
        });
    }
}
