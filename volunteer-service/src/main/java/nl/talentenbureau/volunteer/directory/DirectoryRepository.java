package nl.talentenbureau.volunteer.directory;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class DirectoryRepository implements PanacheRepositoryBase<DirectoryEntry, String> {
}
