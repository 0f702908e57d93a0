package nl.talentenbureau.request.requester;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import nl.talentenbureau.request.RequestConfig;

/**
 * Keeps the requester's personal data apart from the request. Only the request feature calls this, after it has
 * decided the caller may see it (a coordinator of the owning organisation).
 */
@ApplicationScoped
public class RequesterService {

    static final String ERASED = "(erased)";

    private final RequesterRepository requesters;
    private final RequesterKeys keys;

    public RequesterService(RequesterRepository requesters, RequestConfig config) {
        this.requesters = requesters;
        this.keys = new RequesterKeys(config.requesterKey().secret());
    }

    /** The pseudonymous key of the requester for the feed (see {@link RequesterKeys}); null without a requester. */
    public String keyOf(RequesterInput input) {
        return input == null ? null : keys.keyOf(input.name(), input.phone(), input.addressLine());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void store(UUID requestId, RequesterInput input) {
        Requester requester = requesters.findById(requestId);
        if (input == null) {
            if (requester != null) {
                requesters.delete(requester);
            }
            return;
        }
        if (requester == null) {
            requester = new Requester();
            requester.requestId = requestId;
            requesters.persist(requester);
        }
        requester.name = input.name().strip();
        requester.phone = blankToNull(input.phone());
        requester.addressLine = blankToNull(input.addressLine());
        requester.notes = blankToNull(input.notes());
        requester.erasedAt = null;
    }

    public Optional<RequesterView> of(UUID requestId) {
        return Optional.ofNullable(requesters.findById(requestId)).map(RequesterView::of);
    }

    /** Blanks the personal data; the row stays so a count of requests with a requester stays right. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean erase(UUID requestId) {
        Requester requester = requesters.findById(requestId);
        if (requester == null || requester.erasedAt != null) {
            return false;
        }
        requester.name = ERASED;
        requester.phone = null;
        requester.addressLine = null;
        requester.notes = null;
        requester.erasedAt = OffsetDateTime.now();
        return true;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
