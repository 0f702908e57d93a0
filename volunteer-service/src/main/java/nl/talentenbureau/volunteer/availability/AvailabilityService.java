package nl.talentenbureau.volunteer.availability;

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

/** Absences of volunteers. Weekly slots live on the profile itself, as a {@link WeeklySlots} value. */
@ApplicationScoped
public class AvailabilityService {

    /** Enough for a year of odd days off; more is a client bug, not a volunteer. */
    static final int MAX_ABSENCES = 100;

    static final String CHANGED = "VolunteerAbsencesChanged";

    private final AbsenceRepository absences;
    private final Profiles profiles;
    private final Event<ProfileChanged> changes;

    public AvailabilityService(AbsenceRepository absences, Profiles profiles, Event<ProfileChanged> changes) {
        this.absences = absences;
        this.profiles = profiles;
        this.changes = changes;
    }

    public List<AbsenceView> absencesOf(UUID volunteerId) {
        return absences.ofVolunteer(volunteerId).stream().map(AbsenceView::of).toList();
    }

    @Transactional
    public Absence addAbsence(UUID volunteerId, AbsenceCreate create) {
        profiles.requireChangeable(volunteerId);
        if (create.endsOn().isBefore(create.startsOn())) {
            throw ProblemException.invalid("endsOn", "must not be before startsOn");
        }
        if (absences.count("volunteerId", volunteerId) >= MAX_ABSENCES) {
            throw ProblemException.conflict("a volunteer has at most " + MAX_ABSENCES + " absences");
        }
        Absence absence = new Absence();
        absence.id = UUID.randomUUID();
        absence.volunteerId = volunteerId;
        absence.startsOn = create.startsOn();
        absence.endsOn = create.endsOn();
        absences.persist(absence);
        changes.fire(new ProfileChanged(volunteerId, CHANGED));
        return absence;
    }

    @Transactional
    public void removeAbsence(UUID volunteerId, UUID absenceId) {
        profiles.requireChangeable(volunteerId);
        Absence absence = absences.findByIdOptional(absenceId)
                .filter(found -> found.volunteerId.equals(volunteerId))
                .orElseThrow(() -> ProblemException.notFound("absence"));
        absences.delete(absence);
        changes.fire(new ProfileChanged(volunteerId, CHANGED));
    }

    /** Past absences say nothing about availability; erasure removes them all. */
    @Transactional(Transactional.TxType.MANDATORY)
    void forget(@Observes ProfileErasure erasure) {
        absences.deleteOfVolunteer(erasure.volunteerId());
    }
}
