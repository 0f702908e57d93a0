package nl.talentenbureau.notification;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import java.util.Set;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import nl.talentenbureau.platform.testing.FeatureEntities;
import nl.talentenbureau.platform.testing.FeaturePackages;
import nl.talentenbureau.platform.testing.ResourceRules;

/**
 * The package rules of STYLE.md: {@code rules} at the bottom (plain, no Quarkus), {@code followed} beside it,
 * {@code delivery} above both, {@code feeds} and {@code checks} on top; thin resources; no feature reaches into
 * another's entities.
 */
@AnalyzeClasses(packages = ArchitectureTest.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    static final String ROOT = "nl.talentenbureau.notification";

    private static final FeatureEntities FEATURE_ENTITIES = new FeatureEntities(ROOT,
            Set.of("rules", "followed", "delivery", "feeds", "checks"), Set.of());

    @ArchTest
    static final ArchRule featurePackagesFormATree = FeaturePackages.noCyclesBetween(ROOT);

    @ArchTest
    static final ArchRule resourcesDoNotTouchRepositoriesOrTheEntityManager = noClasses()
            .that().haveSimpleNameEndingWith("Resource")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
            .orShould().dependOnClassesThat().areAssignableTo(EntityManager.class)
            .because("a resource calls one service method; queries belong to the service")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule featuresDoNotReachIntoEachOthersEntities = classes()
            .that(FEATURE_ENTITIES.areInAFeature())
            .should(FEATURE_ENTITIES.useOnlyEntitiesOfTheirOwnFeature())
            .because("a feature calls another feature's service, never its entities")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule rulesArePlainClasses = noClasses()
            .that().resideInAPackage(ROOT + ".rules..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "io.quarkus..", "org.hibernate..")
            .because("the notification rules need no database, no HTTP and no Quarkus: plain unit tests")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule consumesOnlyOnMethodsThatReadABody = ResourceRules.CONSUMES_ONLY_ON_METHODS_THAT_READ_A_BODY;

    @ArchTest
    static final ArchRule noFieldInjection = noFields()
            .should().beAnnotatedWith(Inject.class)
            .because("beans take their dependencies through the constructor")
            .allowEmptyShould(false);
}
