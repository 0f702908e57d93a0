package nl.talentenbureau.volunteer.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import nl.talentenbureau.platform.feed.OutboxWriter;
import nl.talentenbureau.volunteer.catalog.CatalogSnapshots.KernSnapshot;
import nl.talentenbureau.volunteer.catalog.CatalogSnapshots.TalentSnapshot;
import nl.talentenbureau.volunteer.catalog.CatalogSnapshots.ThemeSnapshot;
import nl.talentenbureau.volunteer.catalog.CatalogSnapshots.TrainingSnapshot;

/**
 * Writes catalogue events to the outbox: aggregate type {@code catalog} (consumers read only these with
 * {@code ?aggregateType=catalog}), aggregate id {@code <kind>:<code>}, one event type per kind, the whole entry as
 * payload. Entries are never deleted; retiring one is a change like any other (its snapshot carries
 * {@code retiredAt}). Kernen and themes change only through migrations today; a migration that changes one
 * appends its event with the {@code catalog_*_snapshot} functions of V3.
 */
@ApplicationScoped
public class CatalogFeed {

    public static final String AGGREGATE = "catalog";
    public static final String KERN_CHANGED = "KernChanged";
    public static final String THEME_CHANGED = "ThemeChanged";
    public static final String TALENT_CHANGED = "TalentChanged";
    public static final String TRAINING_CHANGED = "TrainingChanged";

    private final OutboxWriter outbox;

    public CatalogFeed(OutboxWriter outbox) {
        this.outbox = outbox;
    }

    /** Each publish must be the last write of its transaction: see {@link OutboxWriter} on the ordering lock. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(Kern kern) {
        outbox.append(AGGREGATE, "kern:" + kern.code, KERN_CHANGED, () -> KernSnapshot.of(kern));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(Theme theme) {
        outbox.append(AGGREGATE, "theme:" + theme.code, THEME_CHANGED, () -> ThemeSnapshot.of(theme));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(Talent talent) {
        outbox.append(AGGREGATE, "talent:" + talent.code, TALENT_CHANGED, () -> TalentSnapshot.of(talent));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(Training training) {
        outbox.append(AGGREGATE, "training:" + training.code, TRAINING_CHANGED, () -> TrainingSnapshot.of(training));
    }
}
