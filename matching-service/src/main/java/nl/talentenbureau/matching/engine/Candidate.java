package nl.talentenbureau.matching.engine;

import java.util.List;
import java.util.UUID;

/** A volunteer who passed every hard filter, with the score and how it came about. */
public record Candidate(UUID volunteerId, double score, List<ComponentScore> components) {

    public Candidate {
        components = List.copyOf(components);
    }

    public ComponentScore component(Component component) {
        return components.stream().filter(c -> c.component() == component).findFirst().orElseThrow();
    }
}
