package nl.talentenbureau.volunteer.privacy;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import nl.talentenbureau.platform.problem.ProblemException;
import nl.talentenbureau.volunteer.core.ProfileChanged;
import nl.talentenbureau.volunteer.core.ProfileErasure;
import nl.talentenbureau.volunteer.core.Profiles;

/**
 * Consent per purpose. Giving it again after a withdrawal starts a new period (new given-at); the history before
 * that is not kept, only the current state and its times.
 */
@ApplicationScoped
public class ConsentService {

    static final String CHANGED = "VolunteerConsentChanged";

    private final ConsentRepository consents;
    private final Profiles profiles;
    private final Event<ProfileChanged> changes;

    public ConsentService(ConsentRepository consents, Profiles profiles, Event<ProfileChanged> changes) {
        this.consents = consents;
        this.profiles = profiles;
        this.changes = changes;
    }

    public List<ConsentView> consentsOf(UUID volunteerId) {
        return consents.ofVolunteer(volunteerId).stream().map(ConsentView::of).toList();
    }

    public boolean hasActive(UUID volunteerId, ConsentPurpose purpose) {
        Consent consent = consents.findById(new Consent.Key(volunteerId, purpose));
        return consent != null && consent.active();
    }

    @Transactional
    public ConsentView give(UUID volunteerId, ConsentPurpose purpose) {
        profiles.requireChangeable(volunteerId);
        Consent consent = consents.findById(new Consent.Key(volunteerId, purpose));
        if (consent == null) {
            consent = new Consent();
            consent.volunteerId = volunteerId;
            consent.purpose = purpose;
            consent.givenAt = OffsetDateTime.now();
            consents.persist(consent);
        } else if (!consent.active()) {
            consent.givenAt = OffsetDateTime.now();
            consent.withdrawnAt = null;
        }
        changes.fire(new ProfileChanged(volunteerId, CHANGED));
        return ConsentView.of(consent);
    }

    @Transactional
    public ConsentView withdraw(UUID volunteerId, ConsentPurpose purpose) {
        profiles.requireChangeable(volunteerId);
        Consent consent = consents.findById(new Consent.Key(volunteerId, purpose));
        if (consent == null) {
            throw ProblemException.notFound("consent for " + purpose);
        }
        if (consent.withdrawnAt == null) {
            consent.withdrawnAt = OffsetDateTime.now();
        }
        changes.fire(new ProfileChanged(volunteerId, CHANGED));
        return ConsentView.of(consent);
    }

    /** Erasure keeps no trace of what the person agreed to: the profile it was about is gone. */
    @Transactional(Transactional.TxType.MANDATORY)
    void forget(@Observes ProfileErasure erasure) {
        consents.delete("volunteerId", erasure.volunteerId());
    }
}
