package nl.talentenbureau.request.catalog;

import java.util.Optional;

/** The catalogue lists a help request refers to, and the feed event type that carries an entry of each. */
enum CatalogList {

    KERNEN("KernChanged", "kern"),
    THEMES("ThemeChanged", "theme"),
    TALENTS("TalentChanged", "talent"),
    TRAININGS("TrainingChanged", "training"),
    /** The directory's organisations (issue 16), which a signal is referred to. */
    ORGANISATIONS("OrganisationChanged", "organisation");

    final String eventType;
    final String noun;

    CatalogList(String eventType, String noun) {
        this.eventType = eventType;
        this.noun = noun;
    }

    static Optional<CatalogList> ofEvent(String type) {
        for (CatalogList list : values()) {
            if (list.eventType.equals(type)) {
                return Optional.of(list);
            }
        }
        return Optional.empty();
    }
}
