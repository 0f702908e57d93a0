package nl.talentenbureau.request.requester;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class RequesterRepository implements PanacheRepositoryBase<Requester, UUID> {
}
