package nl.talentenbureau.request;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import nl.talentenbureau.request.request.RequestStatus;
import nl.talentenbureau.request.request.ScheduleRules;
import nl.talentenbureau.request.webhook.Backoff;
import nl.talentenbureau.request.webhook.Signatures;
import nl.talentenbureau.request.webhook.UrlGuard;

/** The package rules of STYLE.md: thin resources, features that keep their entities to themselves. */
@AnalyzeClasses(packages = ArchitectureTest.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    static final String ROOT = "nl.talentenbureau.request";
    private static final Set<String> FEATURES = Set.of("request", "requester", "catalog",
            "webhook", "retention");

    /** Uses of another feature's entity that the design needs: none so far. */
    private static final Set<String> ALLOWED_FOREIGN_ENTITY_USES = Set.of();

    @ArchTest
    static final ArchRule resourcesDoNotTouchRepositoriesOrTheEntityManager = noClasses()
            .that().haveSimpleNameEndingWith("Resource")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
            .orShould().dependOnClassesThat().areAssignableTo(EntityManager.class)
            .because("a resource calls one service method; queries belong to the service")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule featuresDoNotReachIntoEachOthersEntities = classes()
            .that(areInAFeature())
            .should(useOnlyEntitiesOfTheirOwnFeature())
            .because("a feature calls another feature's service, never its entities")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule domainRulesKnowNeitherHttpNorPersistence = noClasses()
            .that().belongToAnyOf(RequestStatus.class, ScheduleRules.class, Backoff.class, Signatures.class,
                    UrlGuard.class)
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "jakarta.persistence..")
            .because("rules that need no database are plain classes with plain unit tests")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule noFieldInjection = noFields()
            .should().beAnnotatedWith(Inject.class)
            .because("beans take their dependencies through the constructor, so a unit test can pass plain mocks")
            .allowEmptyShould(false);

    /** An exception that no longer matches anything hides the next real violation: remove it. */
    @ArchTest
    static void everyListedExceptionIsStillNeeded(JavaClasses classes) {
        Set<String> used = new HashSet<>();
        for (JavaClass origin : classes) {
            for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                if (isForeignEntityUse(dependency)) {
                    used.add(key(dependency));
                }
            }
        }

        assertThat(used).containsAll(ALLOWED_FOREIGN_ENTITY_USES);
    }

    private static DescribedPredicate<JavaClass> areInAFeature() {
        return DescribedPredicate.describe("are in a feature package " + FEATURES,
                javaClass -> featureOf(javaClass) != null);
    }

    private static ArchCondition<JavaClass> useOnlyEntitiesOfTheirOwnFeature() {
        return new ArchCondition<>("use only entities of their own feature") {

            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    String key = key(dependency);
                    if (isForeignEntityUse(dependency) && !ALLOWED_FOREIGN_ENTITY_USES.contains(key)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static boolean isForeignEntityUse(Dependency dependency) {
        JavaClass target = dependency.getTargetClass();
        String from = featureOf(dependency.getOriginClass());
        String to = featureOf(target);
        return target.isAnnotatedWith(Entity.class) && from != null && to != null && !from.equals(to);
    }

    /** Nested and anonymous classes count as their top-level class. */
    private static String key(Dependency dependency) {
        return topLevel(dependency.getOriginClass()).getName() + " -> " + topLevel(dependency.getTargetClass())
                .getName();
    }

    private static JavaClass topLevel(JavaClass javaClass) {
        JavaClass current = javaClass;
        while (current.getEnclosingClass().isPresent()) {
            current = current.getEnclosingClass().get();
        }
        return current;
    }

    /** The feature a class belongs to ({@code catalog}, {@code screening}...), or null outside the features. */
    private static String featureOf(JavaClass javaClass) {
        String pkg = javaClass.getPackageName();
        if (!pkg.startsWith(ROOT + ".")) {
            return null;
        }
        String feature = pkg.substring(ROOT.length() + 1).split("\\.")[0];
        return FEATURES.contains(feature) ? feature : null;
    }
}
