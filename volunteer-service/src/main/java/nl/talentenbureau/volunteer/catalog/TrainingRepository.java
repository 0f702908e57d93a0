package nl.talentenbureau.volunteer.catalog;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class TrainingRepository implements PanacheRepositoryBase<Training, String> {
}
