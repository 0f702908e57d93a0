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

    /** Who a new request's requester is: the hash of their identity and their pseudonymous key (both null for none). */
    public record Identity(String hash, String key) {
    }

    /**
     * The identity of the requester of a request not stored yet, so that the request is inserted with its key at
     * once: the key of the same person's other request that is not erased, else a new random one.
     */
    public Identity identify(RequesterInput input) {
        String identity = input == null ? null : keys.identityOf(input.name(), input.phone(), input.addressLine());
        return new Identity(identity,
                identity == null ? null : requesters.keyOf(identity).orElseGet(RequesterKeys::newKey));
    }

    /** Stores the requester of a request just persisted, with what {@link #identify} answered. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void storeNew(UUID requestId, RequesterInput input, Identity identity) {
        if (input == null) {
            return;
        }
        Requester requester = new Requester();
        requester.requestId = requestId;
        fill(requester, input, identity.hash(), identity.key());
        // persisted with its fields set: Hibernate inserts what it holds at persist and would update the rest after
        requesters.persist(requester);
    }

    /**
     * Stores the requester of a request and answers their pseudonymous key for the feed (see {@link RequesterKeys}):
     * the key of the same person's other request that is not erased, else a new random one; null without a requester.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public String store(UUID requestId, RequesterInput input) {
        Requester requester = requesters.findById(requestId);
        if (input == null) {
            if (requester != null) {
                requesters.delete(requester);
            }
            return null;
        }
        String identity = keys.identityOf(input.name(), input.phone(), input.addressLine());
        String key = requester != null && requester.erasedAt == null && identity != null
                && identity.equals(requester.identityHash) && requester.requesterKey != null
                        ? requester.requesterKey
                        : identity == null ? null : requesters.keyOf(identity).orElseGet(RequesterKeys::newKey);
        if (requester == null) {
            requester = new Requester();
            requester.requestId = requestId;
            fill(requester, input, identity, key);
            requesters.persist(requester);
        } else {
            fill(requester, input, identity, key);
        }
        return key;
    }

    private static void fill(Requester requester, RequesterInput input, String identity, String key) {
        requester.name = input.name().strip();
        requester.phone = blankToNull(input.phone());
        requester.addressLine = blankToNull(input.addressLine());
        requester.notes = blankToNull(input.notes());
        requester.erasedAt = null;
        requester.identityHash = identity;
        requester.requesterKey = key;
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
        requester.identityHash = null;
        requester.requesterKey = null;
        requester.erasedAt = OffsetDateTime.now();
        return true;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
