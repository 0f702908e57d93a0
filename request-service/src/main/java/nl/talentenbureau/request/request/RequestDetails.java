package nl.talentenbureau.request.request;

import nl.talentenbureau.request.requester.RequesterView;

/** A request with its requester's data, when the caller may see it (null otherwise). */
public record RequestDetails(HelpRequest request, RequesterView requester) {
}
