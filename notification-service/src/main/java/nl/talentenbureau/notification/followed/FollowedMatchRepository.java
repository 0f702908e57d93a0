package nl.talentenbureau.notification.followed;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class FollowedMatchRepository implements PanacheRepositoryBase<FollowedMatch, UUID> {

    public List<FollowedMatch> waiting(String organisation) {
        return list("organisation = ?1 and status = 'PROPOSED' order by answerDeadline nulls last, id", organisation);
    }

    public List<String> organisations() {
        return getEntityManager().createQuery("select distinct m.organisation from FollowedMatch m", String.class)
                .getResultList();
    }
}
