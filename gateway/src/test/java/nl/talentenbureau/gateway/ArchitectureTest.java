package nl.talentenbureau.gateway;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import jakarta.inject.Inject;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import nl.talentenbureau.platform.testing.FeaturePackages;

/** The package rules of STYLE.md that apply to a service without resources or entities. */
@AnalyzeClasses(packages = ArchitectureTest.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    static final String ROOT = "nl.talentenbureau.gateway";

    /** routing at the bottom (with http and ratelimit), health and openapi read its route table. */
    @ArchTest
    static final ArchRule featurePackagesFormATree = FeaturePackages.noCyclesBetween(ROOT);

    @ArchTest
    static final ArchRule noFieldInjection = noFields()
            .should().beAnnotatedWith(Inject.class)
            .because("beans take their dependencies through the constructor, so a unit test can pass plain values")
            .allowEmptyShould(false);
}
