package nl.talentenbureau.volunteer.privacy;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Set;
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
 * Consent per purpose: the current state in {@code consent}, every change with who recorded it, in which role and
 * through which channel in {@code consent_history} (written in the same transaction). Giving it again after a
 * withdrawal starts a new period (new given-at). Who may do what: {@link ConsentRules}.
 */
@ApplicationScoped
public class ConsentService {

    static final String CHANGED = "VolunteerConsentChanged";

    private final ConsentRepository consents;
    private final ConsentChangeRepository history;
    private final Profiles profiles;
    private final Event<ProfileChanged> changes;

    public ConsentService(ConsentRepository consents, ConsentChangeRepository history, Profiles profiles,
            Event<ProfileChanged> changes) {
        this.consents = consents;
        this.history = history;
        this.profiles = profiles;
        this.changes = changes;
    }

    public List<ConsentView> consentsOf(UUID volunteerId) {
        return consents.ofVolunteer(volunteerId).stream().map(ConsentView::of).toList();
    }

    /** Every recorded change of the volunteer's consents, oldest first. */
    public List<ConsentChangeView> historyOf(UUID volunteerId) {
        return history.ofVolunteer(volunteerId).stream().map(ConsentChangeView::of).toList();
    }

    public boolean hasActive(UUID volunteerId, ConsentPurpose purpose) {
        Consent consent = consents.findById(new Consent.Key(volunteerId, purpose));
        return consent != null && consent.active();
    }

    /** Of these volunteers, those whose consent for the purpose is given and not withdrawn. */
    public Set<UUID> withActive(Collection<UUID> volunteerIds, ConsentPurpose purpose) {
        return consents.withActive(volunteerIds, purpose);
    }

    /** Idempotent: giving an active consent again changes nothing and records nothing. */
    @Transactional
    public ConsentView give(UUID volunteerId, ConsentPurpose purpose, ConsentActor actor) {
        List<String> organisations = profiles.organisations(volunteerId);
        Consent consent = consents.findById(new Consent.Key(volunteerId, purpose));
        ConsentRules.checkGive(consent, actor, organisations);
        if (consent != null && consent.active()) {
            return ConsentView.of(consent);
        }
        OffsetDateTime now = OffsetDateTime.now();
        if (consent == null) {
            consent = new Consent();
            consent.volunteerId = volunteerId;
            consent.purpose = purpose;
            consent.givenAt = now;
            consents.persist(consent);
        } else {
            consent.givenAt = now;
            consent.withdrawnAt = null;
            consent.withdrawnBy = null;
        }
        record(volunteerId, purpose, ConsentChange.Action.GIVEN, actor, now);
        changes.fire(new ProfileChanged(volunteerId, CHANGED));
        return ConsentView.of(consent);
    }

    /** Idempotent: withdrawing a withdrawn consent again changes nothing and records nothing. */
    @Transactional
    public ConsentView withdraw(UUID volunteerId, ConsentPurpose purpose, ConsentActor actor) {
        List<String> organisations = profiles.organisations(volunteerId);
        ConsentRules.checkWithdraw(actor, organisations);
        Consent consent = consents.findById(new Consent.Key(volunteerId, purpose));
        if (consent == null) {
            throw ProblemException.notFound("consent for " + purpose);
        }
        if (consent.withdrawnAt != null) {
            return ConsentView.of(consent);
        }
        OffsetDateTime now = OffsetDateTime.now();
        consent.withdrawnAt = now;
        consent.withdrawnBy = actor.role();
        record(volunteerId, purpose, ConsentChange.Action.WITHDRAWN, actor, now);
        changes.fire(new ProfileChanged(volunteerId, CHANGED));
        return ConsentView.of(consent);
    }

    private void record(UUID volunteerId, ConsentPurpose purpose, ConsentChange.Action action, ConsentActor actor,
            OffsetDateTime at) {
        ConsentChange change = new ConsentChange();
        change.id = UUID.randomUUID();
        change.volunteerId = volunteerId;
        change.purpose = purpose;
        change.action = action;
        change.channel = actor.channel();
        change.actorRole = actor.role();
        change.actorSubject = actor.subject();
        change.actorOrganisation = actor.organisation();
        change.recordedAt = at;
        history.persist(change);
    }

    /** Erasure keeps no trace of what the person agreed to: the profile it was about is gone. */
    @Transactional(Transactional.TxType.MANDATORY)
    void forget(@Observes ProfileErasure erasure) {
        history.delete("volunteerId", erasure.volunteerId());
        consents.delete("volunteerId", erasure.volunteerId());
    }
}
