package nl.talentenbureau.volunteer.availability;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import nl.talentenbureau.platform.problem.ProblemException;
import nl.talentenbureau.volunteer.volunteer.VolunteerService;

/** Absences of volunteers. Weekly slots live on the profile itself, as a {@link WeeklySlots} value. */
@ApplicationScoped
public class AvailabilityService {

    /** Enough for a year of odd days off; more is a client bug, not a volunteer. */
    static final int MAX_ABSENCES = 100;

    private final AbsenceRepository absences;
    private final VolunteerService volunteers;

    public AvailabilityService(AbsenceRepository absences, VolunteerService volunteers) {
        this.absences = absences;
        this.volunteers = volunteers;
    }

    public List<AbsenceView> absencesOf(UUID volunteerId) {
        return absences.ofVolunteer(volunteerId).stream().map(AbsenceView::of).toList();
    }

    @Transactional
    public Absence addAbsence(UUID volunteerId, AbsenceCreate create) {
        volunteers.requireChangeable(volunteerId);
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
        volunteers.changed(volunteerId, "VolunteerAbsencesChanged");
        return absence;
    }

    @Transactional
    public void removeAbsence(UUID volunteerId, UUID absenceId) {
        volunteers.requireChangeable(volunteerId);
        Absence absence = absences.findByIdOptional(absenceId)
                .filter(found -> found.volunteerId.equals(volunteerId))
                .orElseThrow(() -> ProblemException.notFound("absence"));
        absences.delete(absence);
        volunteers.changed(volunteerId, "VolunteerAbsencesChanged");
    }

    /** Past absences say nothing about availability; erasure removes them all. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forget(UUID volunteerId) {
        absences.deleteOfVolunteer(volunteerId);
    }
}
