package nl.talentenbureau.request.requester;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class RequesterRepository implements PanacheRepositoryBase<Requester, UUID> {

    /** The key of a not erased requester with this identity, if any. */
    public Optional<String> keyOf(String identityHash) {
        return find("identityHash = ?1 and erasedAt is null and requesterKey is not null", identityHash)
                .firstResultOptional().map(requester -> requester.requesterKey);
    }
}
