package nl.talentenbureau.volunteer.privacy;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import nl.talentenbureau.volunteer.volunteer.VolunteerService;

/**
 * Consent per purpose. Giving it again after a withdrawal starts a new period (new given-at); the history before
 * that is not kept, only the current state and its times.
 */
@ApplicationScoped
public class ConsentService {

    private final ConsentRepository consents;
    private final VolunteerService volunteers;

    public ConsentService(ConsentRepository consents, VolunteerService volunteers) {
        this.consents = consents;
        this.volunteers = volunteers;
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
        volunteers.requireChangeable(volunteerId);
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
        volunteers.changed(volunteerId, "VolunteerConsentChanged");
        return ConsentView.of(consent);
    }

    @Transactional
    public ConsentView withdraw(UUID volunteerId, ConsentPurpose purpose) {
        volunteers.requireChangeable(volunteerId);
        Consent consent = consents.findById(new Consent.Key(volunteerId, purpose));
        if (consent == null) {
            throw nl.talentenbureau.platform.problem.ProblemException.notFound("consent for " + purpose);
        }
        if (consent.withdrawnAt == null) {
            consent.withdrawnAt = OffsetDateTime.now();
        }
        volunteers.changed(volunteerId, "VolunteerConsentChanged");
        return ConsentView.of(consent);
    }

    /** Erasure keeps no trace of what the person agreed to: the profile it was about is gone. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forget(UUID volunteerId) {
        consents.delete("volunteerId", volunteerId);
    }
}
