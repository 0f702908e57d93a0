package nl.talentenbureau.volunteer.report;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One training session that was not cancelled (scheduled or held): where, when, its places and how many attended (0
 * until attendance is recorded). Nothing that names a person.
 */
record SessionFact(UUID id, String training, String kern, LocalDate heldOn, int places, long attended) {
}
