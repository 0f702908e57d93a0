package nl.talentenbureau.matching.report;

import java.util.Locale;
import java.util.Optional;

/** What an impact report groups by; never finer than a kern. */
public enum Grouping {

    KERN,
    THEME,
    MONTH,
    ORGANISATION;

    /** The query value: {@code kern}, {@code theme}, {@code month}, {@code organisation}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<Grouping> of(String value) {
        for (Grouping grouping : values()) {
            if (grouping.key().equals(value)) {
                return Optional.of(grouping);
            }
        }
        return Optional.empty();
    }
}
