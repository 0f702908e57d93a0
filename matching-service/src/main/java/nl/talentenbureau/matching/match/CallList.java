package nl.talentenbureau.matching.match;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import nl.talentenbureau.matching.contacts.Contact;
import nl.talentenbureau.matching.contacts.Contacts;
import nl.talentenbureau.matching.contacts.VolunteerContacts;
import nl.talentenbureau.platform.http.PageView;

/**
 * The coordinators' call list: offers waiting for a phone call (the volunteer cannot answer online), with the
 * volunteers' names and phone numbers asked from volunteer-service with the caller's own token, after the database
 * read (no transaction stays open during the call). When volunteer-service cannot be asked, the list answers without
 * names, flagged {@code contactsUnavailable}.
 */
@ApplicationScoped
public class CallList {

    /** The largest page: volunteer-service answers this many volunteers in one call. */
    public static final int MAX_SIZE = VolunteerContacts.MAX_IDS;

    private final MatchQueries queries;
    private final VolunteerContacts contacts;
    private final JsonWebToken token;

    public CallList(MatchQueries queries, VolunteerContacts contacts, JsonWebToken token) {
        this.queries = queries;
        this.contacts = contacts;
        this.token = token;
    }

    /** @param organisation the coordinator's organisation, or null for every organisation's (admin) */
    public CallListView page(String organisation, int page, int size) {
        PageView<MatchRepository.WaitingForCall> waiting = queries.waitingForCall(organisation, page,
                Math.min(size, MAX_SIZE));
        List<MatchRepository.WaitingForCall> rows = waiting.items();
        Contacts found = rows.isEmpty()
                ? Contacts.none()
                : contacts.of(rows.stream().map(MatchRepository.WaitingForCall::volunteerId).toList(),
                        token.getRawToken());
        List<CallEntryView> items = rows.stream().map(row -> {
            Contact contact = found.of(row.volunteerId()).orElse(null);
            return new CallEntryView(row.matchId(), row.requestId(), row.volunteerId(), row.organisation(),
                    row.answerDeadline(), row.reachBy(), row.hasAccount(), contact == null ? null : contact.name(),
                    contact == null ? null : contact.phone());
        }).toList();
        return new CallListView(items, waiting.page(), waiting.size(), waiting.total(), !found.available());
    }
}
