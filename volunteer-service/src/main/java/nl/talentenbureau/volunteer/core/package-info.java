/**
 * Below every feature: what availability, screening and privacy need about a profile, without depending on the
 * volunteer feature. That feature sits above them (its profile view and feed snapshot gather their parts), so they
 * reach it only through {@link nl.talentenbureau.volunteer.core.Profiles}, which it implements, and through CDI events.
 */
package nl.talentenbureau.volunteer.core;
