package nl.talentenbureau.notification.subscription;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/**
 * Which coordinators receive an organisation's mails. Keycloak's Organizations admin API, which could say who the
 * coordinators are, needs {@code manage-realm} (ADR 6), so a coordinator subscribes with their own token, which
 * names their organisation.
 */
@ApplicationScoped
public class Subscriptions implements PanacheRepositoryBase<Subscription, String> {

    /** Subscribes (or moves) the coordinator to the organisation; safe to repeat and to run in parallel. */
    @Transactional
    public Subscription subscribe(String subject, String organisation) {
        // an upsert: two parallel first subscriptions of one coordinator leave one row and neither fails
        getEntityManager()
                .createNativeQuery(
                        """
                                insert into coordinator_subscription (subject, organisation, subscribed_at) values (:subject, :org, :now)
                                on conflict (subject) do update set organisation = excluded.organisation""")
                .setParameter("subject", subject).setParameter("org", organisation)
                .setParameter("now", OffsetDateTime.now(ZoneOffset.UTC)).executeUpdate();
        Subscription subscription = findById(subject);
        getEntityManager().refresh(subscription);
        return subscription;
    }

    @Transactional
    public boolean unsubscribe(String subject) {
        return deleteById(subject);
    }

    public Optional<Subscription> of(String subject) {
        return findByIdOptional(subject);
    }

    /** The subjects subscribed to an organisation's mails, in a stable order. */
    public List<String> subjectsOf(String organisation) {
        return find("organisation = ?1 order by subject", organisation).stream().map(s -> s.subject).toList();
    }
}
