package nl.talentenbureau.platform.testing;

import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.Entity;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * STYLE.md's package rule for ArchUnit: a feature package (the first package below {@code root}) uses only its own
 * entities and calls other features' services. Uses the design needs are listed as "Origin -> Target" class names.
 */
public record FeatureEntities(String root, Set<String> features, Set<String> allowed) {

    public DescribedPredicate<JavaClass> areInAFeature() {
        return DescribedPredicate.describe("are in a feature package " + features,
                javaClass -> featureOf(javaClass) != null);
    }

    public ArchCondition<JavaClass> useOnlyEntitiesOfTheirOwnFeature() {
        return new ArchCondition<>("use only entities of their own feature") {

            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    if (isForeignEntityUse(dependency) && !allowed.contains(key(dependency))) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    /** Every foreign-entity use in the code: an allowed one that no longer occurs should leave the list. */
    public Set<String> foreignEntityUses(JavaClasses classes) {
        Set<String> used = new HashSet<>();
        for (JavaClass origin : classes) {
            for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                if (isForeignEntityUse(dependency)) {
                    used.add(key(dependency));
                }
            }
        }
        return used;
    }

    private boolean isForeignEntityUse(Dependency dependency) {
        JavaClass target = dependency.getTargetClass();
        String from = featureOf(dependency.getOriginClass());
        String to = featureOf(target);
        return target.isAnnotatedWith(Entity.class) && from != null && to != null && !from.equals(to);
    }

    /** Nested and anonymous classes count as their top-level class. */
    private static String key(Dependency dependency) {
        return topLevel(dependency.getOriginClass()).getName() + " -> "
                + topLevel(dependency.getTargetClass()).getName();
    }

    private static JavaClass topLevel(JavaClass javaClass) {
        JavaClass current = javaClass;
        while (current.getEnclosingClass().isPresent()) {
            current = current.getEnclosingClass().get();
        }
        return current;
    }

    /** The feature a class belongs to, or null outside the features. */
    private String featureOf(JavaClass javaClass) {
        String pkg = javaClass.getPackageName();
        if (!pkg.startsWith(root + ".")) {
            return null;
        }
        String feature = pkg.substring(root.length() + 1).split("\\.")[0];
        return features.contains(feature) ? feature : null;
    }
}
