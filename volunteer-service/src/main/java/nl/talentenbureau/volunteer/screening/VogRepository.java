package nl.talentenbureau.volunteer.screening;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class VogRepository implements PanacheRepositoryBase<Vog, UUID> {
}
