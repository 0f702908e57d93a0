package nl.talentenbureau.request.request;

import java.util.UUID;

/**
 * What a signal needs of the request it is about (issue 16): who owns it (the organisation that may see it) and its
 * kern (where the signal is counted). Nothing of the requester.
 */
public record RequestReference(UUID id, String organisation, String kern, String theme) {
}
