package nl.talentenbureau.request.webhook;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class WebhookRepository implements PanacheRepositoryBase<Webhook, UUID> {

    public Optional<Webhook> findByOrganisation(String organisation) {
        return find("organisation", organisation).firstResultOptional();
    }
}
