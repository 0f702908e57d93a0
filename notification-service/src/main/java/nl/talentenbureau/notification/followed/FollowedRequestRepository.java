package nl.talentenbureau.notification.followed;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class FollowedRequestRepository implements PanacheRepositoryBase<FollowedRequest, UUID> {

    /** OPEN requests of the organisation without a live offer or match (PROPOSED, ACCEPTED, ACTIVE). */
    public List<FollowedRequest> openWithoutLiveOffer(String organisation) {
        return list("organisation = ?1 and status = 'OPEN' and not exists (select 1 from FollowedMatch m"
                + " where m.requestId = id and m.status in ('PROPOSED', 'ACCEPTED', 'ACTIVE')) order by dueDate nulls last, id",
                organisation);
    }

    public List<String> organisations() {
        return getEntityManager().createQuery("select distinct r.organisation from FollowedRequest r", String.class)
                .getResultList();
    }
}
