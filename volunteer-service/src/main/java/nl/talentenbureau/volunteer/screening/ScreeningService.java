package nl.talentenbureau.volunteer.screening;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import nl.talentenbureau.platform.problem.ProblemException;
import nl.talentenbureau.volunteer.VolunteerConfig;
import nl.talentenbureau.volunteer.catalog.CatalogService;
import nl.talentenbureau.volunteer.catalog.Training;
import nl.talentenbureau.volunteer.core.ProfileChanged;
import nl.talentenbureau.volunteer.core.ProfileErasure;
import nl.talentenbureau.volunteer.core.Profiles;

/** VOG and training records: what a volunteer may do, and when that runs out. */
@ApplicationScoped
public class ScreeningService {

    static final String CHANGED = "VolunteerScreeningChanged";

    private final VogRepository vogs;
    private final TrainingRecordRepository trainings;
    private final CatalogService catalog;
    private final Profiles profiles;
    private final Event<ProfileChanged> changes;
    private final EntityManager entityManager;
    private final VogValidity vogValidity;

    public ScreeningService(VogRepository vogs, TrainingRecordRepository trainings, CatalogService catalog,
            Profiles profiles, Event<ProfileChanged> changes, EntityManager entityManager, VolunteerConfig config) {
        this.vogs = vogs;
        this.trainings = trainings;
        this.catalog = catalog;
        this.profiles = profiles;
        this.changes = changes;
        this.entityManager = entityManager;
        this.vogValidity = new VogValidity(config.vogValidityYears());
    }

    public VogValidity vogValidity() {
        return vogValidity;
    }

    public ScreeningView screeningOf(UUID volunteerId) {
        LocalDate today = LocalDate.now();
        Vog vog = vogs.findById(volunteerId);
        List<ScreeningView.TrainingRecordView> held = trainings.ofVolunteer(volunteerId).stream()
                .map(r -> new ScreeningView.TrainingRecordView(r.trainingCode, r.completedOn, r.expiresOn,
                        r.expiresOn == null || !r.expiresOn.isBefore(today)))
                .toList();
        if (vog == null) {
            return new ScreeningView(null, null, false, held);
        }
        return new ScreeningView(vog.issuedOn, vogValidity.validUntil(vog.issuedOn),
                vogValidity.isValidOn(vog.issuedOn, today), held);
    }

    @Transactional
    public ScreeningView recordVog(UUID volunteerId, LocalDate issuedOn) {
        profiles.requireChangeable(volunteerId);
        Vog vog = vogs.findById(volunteerId);
        if (vog == null) {
            vog = new Vog();
            vog.volunteerId = volunteerId;
            vog.issuedOn = issuedOn;
            vogs.persist(vog);
        } else {
            vog.issuedOn = issuedOn;
        }
        changes.fire(new ProfileChanged(volunteerId, CHANGED));
        return screeningOf(volunteerId);
    }

    @Transactional
    public ScreeningView removeVog(UUID volunteerId) {
        profiles.requireChangeable(volunteerId);
        if (!vogs.deleteById(volunteerId)) {
            throw ProblemException.notFound("VOG record");
        }
        changes.fire(new ProfileChanged(volunteerId, CHANGED));
        return screeningOf(volunteerId);
    }

    /** Records a completed training, or a renewal of one held before. */
    @Transactional
    public ScreeningView recordTraining(UUID volunteerId, String code, LocalDate completedOn) {
        profiles.requireChangeable(volunteerId);
        Training training = catalog.assignableTraining("code", code);
        TrainingRecord record = trainings.findById(new TrainingRecord.Key(volunteerId, code));
        boolean first = record == null;
        if (first) {
            record = new TrainingRecord();
            record.volunteerId = volunteerId;
            record.trainingCode = code;
        }
        record.completedOn = completedOn;
        record.expiresOn = training.expiryFor(completedOn).orElse(null);
        if (first) {
            trainings.persist(record);
        }
        changes.fire(new ProfileChanged(volunteerId, CHANGED));
        return screeningOf(volunteerId);
    }

    /**
     * Records a training completed by attending a session on {@code heldOn}, unless the volunteer holds a newer
     * completion of it ({@link LatestCompletion}): attendance recorded late never overwrites a later one. Answers
     * whether the record changed (only then the profile changes and the feed hears of it).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean recordAttended(UUID volunteerId, String code, LocalDate heldOn) {
        profiles.requireChangeable(volunteerId);
        Training training = catalog.assignableTraining("code", code);
        LocalDate expiresOn = training.expiryFor(heldOn).orElse(null);
        TrainingRecord record = trainings.findById(new TrainingRecord.Key(volunteerId, code));
        if (record != null && !LatestCompletion.replaces(record.completedOn, record.expiresOn, heldOn, expiresOn)) {
            return false;
        }
        if (record == null) {
            record = new TrainingRecord();
            record.volunteerId = volunteerId;
            record.trainingCode = code;
            record.completedOn = heldOn;
            record.expiresOn = expiresOn;
            trainings.persist(record);
        } else {
            record.completedOn = heldOn;
            record.expiresOn = expiresOn;
        }
        changes.fire(new ProfileChanged(volunteerId, CHANGED));
        return true;
    }

    @Transactional
    public ScreeningView removeTraining(UUID volunteerId, String code) {
        profiles.requireChangeable(volunteerId);
        if (!trainings.deleteById(new TrainingRecord.Key(volunteerId, code))) {
            throw ProblemException.notFound("training record");
        }
        changes.fire(new ProfileChanged(volunteerId, CHANGED));
        return screeningOf(volunteerId);
    }

    /** Erasure: screening records are personal data and carry nothing a count needs. */
    @Transactional(Transactional.TxType.MANDATORY)
    void forget(@Observes ProfileErasure erasure) {
        vogs.deleteById(erasure.volunteerId());
        trainings.delete("volunteerId", erasure.volunteerId());
    }

    /**
     * VOGs and trainings of volunteers still on the books (not stopped, not erased) whose last valid day falls
     * within the next {@code withinDays} days; with {@code includeExpired} also those that have run out already.
     */
    public List<ExpiringScreening> expiring(int withinDays, boolean includeExpired) {
        LocalDate today = LocalDate.now();
        LocalDate horizon = today.plusDays(withinDays);
        LocalDate from = includeExpired ? LocalDate.of(1900, 1, 1) : today;
        List<ExpiringScreening> result = new ArrayList<>();
        // last valid day = issued + years - 1 day, so it lies in [from, horizon] when issued + years lies one later
        @SuppressWarnings("unchecked")
        List<Object[]> vogRows = entityManager.createNativeQuery("""
                select v.id, v.name, v.home_kern, g.issued_on
                from vog g join volunteer v on v.id = g.volunteer_id
                where v.status <> 'STOPPED' and v.erased_at is null
                  and cast(g.issued_on + make_interval(years => ?1) as date) between ?2 and ?3""")
                .setParameter(1, vogValidity.years())
                .setParameter(2, from.plusDays(1))
                .setParameter(3, horizon.plusDays(1))
                .getResultList();
        for (Object[] row : vogRows) {
            result.add(new ExpiringScreening((UUID) row[0], (String) row[1], (String) row[2],
                    ExpiringScreening.Kind.VOG, null, vogValidity.validUntil(toLocalDate(row[3]))));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> trainingRows = entityManager.createNativeQuery("""
                select v.id, v.name, v.home_kern, t.training_code, t.expires_on
                from training_record t join volunteer v on v.id = t.volunteer_id
                where v.status <> 'STOPPED' and v.erased_at is null
                  and t.expires_on between ?1 and ?2""")
                .setParameter(1, from)
                .setParameter(2, horizon)
                .getResultList();
        for (Object[] row : trainingRows) {
            result.add(new ExpiringScreening((UUID) row[0], (String) row[1], (String) row[2],
                    ExpiringScreening.Kind.TRAINING, (String) row[3], toLocalDate(row[4])));
        }
        result.sort(Comparator.comparing(ExpiringScreening::expiresOn).thenComparing(ExpiringScreening::volunteerId)
                .thenComparing(e -> e.code() == null ? "" : e.code()));
        return result;
    }

    private static LocalDate toLocalDate(Object value) {
        return value instanceof LocalDate date ? date : ((Date) value).toLocalDate();
    }
}
