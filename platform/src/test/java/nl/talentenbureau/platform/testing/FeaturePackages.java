package nl.talentenbureau.platform.testing;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;

/**
 * STYLE.md's "packages form a tree" for ArchUnit. A feature is the first package below a service's root
 * ({@code nl.talentenbureau.volunteer.availability} and everything under it); classes directly in the root (the
 * config mapping) belong to no feature. A feature that must react to another's change observes an event instead of
 * calling it back, so no two features ever depend on each other, directly or around a longer loop.
 */
public final class FeaturePackages {

    private FeaturePackages() {
    }

    /**
     * Fails on every cycle between the features below {@code root}, naming the classes on each edge; also fails when
     * {@code root} holds no feature at all, so a mistyped root cannot pass by checking nothing.
     */
    public static ArchRule noCyclesBetween(String root) {
        return SlicesRuleDefinition.slices()
                .matching(root + ".(*)..")
                .namingSlices("feature '$1'")
                .should().beFreeOfCycles()
                .because("packages form a tree: a feature reacts to another's change through an event, and shared"
                        + " types live below the features (STYLE.md)")
                .allowEmptyShould(false);
    }
}
