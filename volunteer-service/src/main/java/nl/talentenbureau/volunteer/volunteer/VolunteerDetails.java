package nl.talentenbureau.volunteer.volunteer;

import java.util.List;

import nl.talentenbureau.volunteer.availability.AbsenceView;
import nl.talentenbureau.volunteer.privacy.ConsentView;
import nl.talentenbureau.volunteer.screening.ScreeningView;

/** A profile with what the other features hold about the same person. */
public record VolunteerDetails(Volunteer volunteer, List<AbsenceView> absences, ScreeningView screening,
        List<ConsentView> consents) {
}
