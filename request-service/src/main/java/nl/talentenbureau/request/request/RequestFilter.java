package nl.talentenbureau.request.request;

import java.time.OffsetDateTime;

/** The list filters; null means "any". */
public record RequestFilter(RequestStatus status, String kern, String theme, Urgency urgency, String organisation,
        OffsetDateTime createdFrom, OffsetDateTime createdTo) {

    public RequestFilter forOrganisation(String owner) {
        return new RequestFilter(status, kern, theme, urgency, owner, createdFrom, createdTo);
    }
}
