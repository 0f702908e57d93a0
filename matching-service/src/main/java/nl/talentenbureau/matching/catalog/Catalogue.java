package nl.talentenbureau.matching.catalog;

import java.util.List;

/** One consistent view of the catalogue the index is built with: kernen and their distances, talent and training codes. */
public record Catalogue(KernDistances kernen, Codes talents, Codes trainings) {

    public static final Catalogue EMPTY = new Catalogue(new KernDistances(List.of()), Codes.of(), Codes.of());
}
