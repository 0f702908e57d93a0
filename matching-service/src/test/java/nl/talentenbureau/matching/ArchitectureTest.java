package nl.talentenbureau.matching;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import nl.talentenbureau.platform.testing.FeaturePackages;
import nl.talentenbureau.platform.testing.ResourceRules;

@AnalyzeClasses(packages = "nl.talentenbureau.matching", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] CORE = {"..matching.catalog..", "..matching.profile..", "..matching.request..",
            "..matching.engine..", "..matching.batch.."};

    @ArchTest
    static final ArchRule resourcesDoNotTouchRepositoriesOrTheEntityManager = noClasses()
            .that().haveSimpleNameEndingWith("Resource")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
            .orShould().dependOnClassesThat().areAssignableTo(EntityManager.class)
            .because("a resource calls one service method; queries belong to the service")
            .allowEmptyShould(false);

    /** The engine is benchmarked and property-tested as plain Java: only its resources and services know Quarkus. */
    @ArchTest
    static final ArchRule theMatchingCoreIsPlainJava = noClasses()
            .that().resideInAnyPackage(CORE)
            .and().haveSimpleNameNotEndingWith("Resource")
            .and().haveSimpleNameNotEndingWith("Service")
            .should().dependOnClassesThat()
            .resideInAnyPackage("jakarta.ws.rs..", "jakarta.persistence..", "io.quarkus..", "jakarta.transaction..")
            .because("the scorer, index and solver run in unit tests and the benchmark without a container")
            .allowEmptyShould(false);

    /**
     * The engine sits below every feature: candidates, projection, batch and match use it, it uses none of them
     * (only the core value types), so it can be benchmarked and property-tested on its own.
     */
    @ArchTest
    static final ArchRule theEngineKnowsOnlyTheCoreValueTypes = classes()
            .that().resideInAPackage("..matching.engine..")
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "..matching.engine..", "..matching.catalog..", "..matching.profile..",
                    "..matching.request..")
            .because("the engine is plain Java under the features; a feature reacting to it calls it, never back")
            .allowEmptyShould(false);

    /** STYLE.md "Packages form a tree": a feature that must react to another's change observes an event. */
    @ArchTest
    static final ArchRule featurePackagesFormATree = FeaturePackages.noCyclesBetween("nl.talentenbureau.matching");

    @ArchTest
    static final ArchRule consumesOnlyOnMethodsThatReadABody = ResourceRules.CONSUMES_ONLY_ON_METHODS_THAT_READ_A_BODY;

    @ArchTest
    static final ArchRule noFieldInjection = noFields()
            .should().beAnnotatedWith(Inject.class)
            .because("beans take their dependencies through the constructor")
            .allowEmptyShould(false);
}
