package nl.talentenbureau.request.requester;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class RequesterRepository implements PanacheRepositoryBase<Requester, UUID> {

    /** The key of a not erased requester with this identity, if any. */
    public Optional<String> keyOf(String identityHash) {
        // only the key: loading the requester would also put it in the session, to be dirty-checked at every flush
        return getEntityManager().createQuery("""
                select r.requesterKey from Requester r
                where r.identityHash = ?1 and r.erasedAt is null and r.requesterKey is not null""", String.class)
                .setParameter(1, identityHash).setMaxResults(1).getResultStream().findFirst();
    }
}
