package nl.talentenbureau.volunteer.volunteer;

import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import nl.talentenbureau.platform.feed.OutboxWriter;
import nl.talentenbureau.volunteer.availability.AvailabilityService;
import nl.talentenbureau.volunteer.privacy.ConsentPurpose;
import nl.talentenbureau.volunteer.privacy.ConsentService;
import nl.talentenbureau.volunteer.screening.ScreeningService;
import nl.talentenbureau.volunteer.screening.ScreeningView;

/** Writes volunteer events to the outbox, each carrying a full {@link VolunteerSnapshot}. */
@ApplicationScoped
public class VolunteerFeed {

    static final String AGGREGATE = "volunteer";

    private final OutboxWriter outbox;
    private final AvailabilityService availability;
    private final ScreeningService screening;
    private final ConsentService consents;

    public VolunteerFeed(OutboxWriter outbox, AvailabilityService availability, ScreeningService screening,
            ConsentService consents) {
        this.outbox = outbox;
        this.availability = availability;
        this.screening = screening;
        this.consents = consents;
    }

    /** Must be the last write of the transaction: see {@link OutboxWriter} on the ordering lock. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(Volunteer volunteer, String eventType) {
        outbox.append(AGGREGATE, volunteer.id, eventType, () -> snapshotOf(volunteer));
    }

    /**
     * Erasure reaches the feed's history too: earlier snapshots of this volunteer are replaced by the bare id, then
     * the erasure itself is announced so consumers purge their copy.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publishErased(Volunteer volunteer) {
        outbox.redact(AGGREGATE, volunteer.id);
        outbox.append(AGGREGATE, volunteer.id, "VolunteerErased", () -> new VolunteerSnapshot.Erased(volunteer.id));
    }

    VolunteerSnapshot snapshotOf(Volunteer v) {
        ScreeningView held = screening.screeningOf(v.id);
        return new VolunteerSnapshot(v.id, v.version, v.subject, v.status, v.homeKern, v.maxTravelKm, v.languages,
                new TreeMap<>(v.talents), v.availability, v.capacity, v.themes, v.organisations, v.birthYear,
                held.vogValidUntil(),
                held.trainings().stream()
                        .map(t -> new VolunteerSnapshot.HeldTraining(t.code(), t.expiresOn())).toList(),
                availability.absencesOf(v.id).stream()
                        .map(a -> new VolunteerSnapshot.Away(a.startsOn(), a.endsOn())).toList(),
                consents.hasActive(v.id, ConsentPurpose.MATCHING), ReachBy.effective(v.reachBy, v.email));
    }
}
