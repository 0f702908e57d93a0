package nl.talentenbureau.notification.followed;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class FollowedVolunteerRepository implements PanacheRepositoryBase<FollowedVolunteer, UUID> {

    public List<FollowedVolunteer> notStopped() {
        return list("status is null or status <> 'STOPPED'");
    }

    public List<FollowedVolunteer> bySubject(String subject) {
        return list("subject", subject);
    }
}
