package nl.talentenbureau.volunteer.core;

import java.util.List;
import java.util.UUID;

/**
 * What the account feature needs to know of a profile to invite its volunteer: never stored outside the profile.
 *
 * @param subject the linked account's token subject, null when the profile has none
 * @param stopped whether the profile is STOPPED
 * @param language the notification language ({@code nl} or {@code en}), Keycloak's {@code locale} for its mails
 */
public record AccountProfile(UUID id, String name, String email, String subject, List<String> organisations,
        boolean stopped, String language) {
}
