package nl.talentenbureau.volunteer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import nl.talentenbureau.platform.testing.FeatureEntities;
import nl.talentenbureau.platform.testing.FeaturePackages;
import nl.talentenbureau.platform.testing.ResourceRules;
import nl.talentenbureau.volunteer.application.ApplicationSource;
import nl.talentenbureau.volunteer.application.ApplicationStatus;
import nl.talentenbureau.volunteer.application.ApplicationSteps;
import nl.talentenbureau.volunteer.availability.Slot;
import nl.talentenbureau.volunteer.availability.WeeklySlots;
import nl.talentenbureau.volunteer.screening.LatestCompletion;
import nl.talentenbureau.volunteer.screening.VogValidity;
import nl.talentenbureau.volunteer.session.Roster;
import nl.talentenbureau.volunteer.session.SessionStatus;
import nl.talentenbureau.volunteer.volunteer.VolunteerStatus;

/**
 * The package rules of STYLE.md: thin resources, features that keep their entities to themselves, packages that form a
 * tree.
 */
@AnalyzeClasses(packages = ArchitectureTest.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    static final String ROOT = "nl.talentenbureau.volunteer";

    /**
     * Uses of another feature's entity that the design needs: screening records a completed training and asks the
     * catalogue's {@code Training} when it expires ({@code CatalogService.assignableTraining} returns the entity,
     * {@code Training.expiryFor} holds the rule).
     */
    private static final FeatureEntities FEATURE_ENTITIES = new FeatureEntities(ROOT,
            Set.of("catalog", "core", "volunteer", "availability", "screening", "privacy", "account", "session",
                    "vacancy", "report", "application", "outreach", "directory"),
            Set.of(ROOT + ".screening.ScreeningService -> " + ROOT + ".catalog.Training"));

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

    /**
     * {@code volunteer} on top (its profile view and feed snapshot gather the other parts), {@code availability},
     * {@code screening} and {@code privacy} below it, reaching it only through {@code core} ({@code Profiles} and
     * events), {@code catalog} and {@code core} at the bottom.
     */
    @ArchTest
    static final ArchRule featurePackagesFormATree = FeaturePackages.noCyclesBetween(ROOT);

    @ArchTest
    static final ArchRule domainRulesKnowNeitherHttpNorPersistence = noClasses()
            .that().belongToAnyOf(WeeklySlots.class, Slot.class, VogValidity.class, VolunteerStatus.class, Roster.class,
                    SessionStatus.class, LatestCompletion.class, ApplicationSteps.class, ApplicationStatus.class,
                    ApplicationSource.class)
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "jakarta.persistence..")
            .because("rules that need no database are plain classes with plain unit tests")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule consumesOnlyOnMethodsThatReadABody = ResourceRules.CONSUMES_ONLY_ON_METHODS_THAT_READ_A_BODY;

    @ArchTest
    static final ArchRule noFieldInjection = noFields()
            .should().beAnnotatedWith(Inject.class)
            .because("beans take their dependencies through the constructor, so a unit test can pass plain mocks")
            .allowEmptyShould(false);

    /** An exception that no longer matches anything hides the next real violation: remove it. */
    @ArchTest
    static void everyListedExceptionIsStillNeeded(JavaClasses classes) {
        assertThat(FEATURE_ENTITIES.foreignEntityUses(classes)).containsAll(FEATURE_ENTITIES.allowed());
    }
}
