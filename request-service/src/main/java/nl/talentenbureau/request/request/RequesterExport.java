package nl.talentenbureau.request.request;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.talentenbureau.request.requester.RequesterView;

/** Everything this service holds about one requester: their personal data and the request it belongs to. */
@Schema(name = "RequesterExport")
public record RequesterExport(RequesterView requester, RequestView request) {
}
