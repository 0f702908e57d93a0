package nl.talentenbureau.volunteer.report;

import java.time.Instant;
import java.util.UUID;

/**
 * One status a volunteer entered (a row of {@code volunteer_status_change}): when, and in which kern they lived then.
 * Nothing that names a person.
 *
 * @param source the source of the application the profile was made from (VACANCY, EVENT, REFERRAL...); null when it
 *        was made without one ({@link FunnelCounter#DIRECT})
 */
record StatusStep(UUID volunteerId, String status, String kern, Instant at, String source) {
}
