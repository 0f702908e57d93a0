package nl.talentenbureau.request;

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
import nl.talentenbureau.request.request.MatchProgress;
import nl.talentenbureau.request.request.RequestAccess;
import nl.talentenbureau.request.request.RequestStatus;
import nl.talentenbureau.request.request.ScheduleRules;
import nl.talentenbureau.request.requester.RequesterKeys;
import nl.talentenbureau.request.signal.Escalation;
import nl.talentenbureau.request.signal.Referral;
import nl.talentenbureau.request.signal.SignalAccess;
import nl.talentenbureau.request.signal.SignalStatus;
import nl.talentenbureau.request.webhook.Backoff;
import nl.talentenbureau.request.webhook.Signatures;
import nl.talentenbureau.request.webhook.UrlGuard;

/**
 * The package rules of STYLE.md: thin resources, features that keep their entities to themselves, packages that form a
 * tree.
 */
@AnalyzeClasses(packages = ArchitectureTest.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    static final String ROOT = "nl.talentenbureau.request";

    /** Uses of another feature's entity that the design needs: none so far. */
    private static final FeatureEntities FEATURE_ENTITIES = new FeatureEntities(ROOT,
            Set.of("request", "requester", "catalog", "webhook", "retention", "matchfeed", "signal"), Set.of());

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
     * {@code request} in the middle: {@code requester}, {@code catalog} and {@code webhook} below it, {@code matchfeed},
     * {@code retention} and {@code signal} above (the feed's live matches come back through the {@code LiveMatches} interface).
     */
    @ArchTest
    static final ArchRule featurePackagesFormATree = FeaturePackages.noCyclesBetween(ROOT);

    @ArchTest
    static final ArchRule domainRulesKnowNeitherHttpNorPersistence = noClasses()
            .that().belongToAnyOf(RequestStatus.class, ScheduleRules.class, MatchProgress.class, RequestAccess.class,
                    Backoff.class, Signatures.class, UrlGuard.class, RequesterKeys.class, SignalStatus.class,
                    Escalation.class, Referral.class, SignalAccess.class)
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
