package nl.talentenbureau.platform.testing;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;

/** The rule as a service's ArchitectureTest runs it, against the planted shapes in {@code testing.fixture}. */
class FeaturePackagesTest {

    private static final String FIXTURE = "nl.talentenbureau.platform.testing.fixture";

    private static final JavaClasses CLASSES = new ClassFileImporter().importPackages(FIXTURE);

    @Test
    void twoFeaturesThatUseEachOtherFailNamingBothEdges() {
        assertThatThrownBy(() -> FeaturePackages.noCyclesBetween(FIXTURE + ".cyclic").check(CLASSES))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Cycle detected: feature 'invoices'")
                .hasMessageContaining("Dependencies of feature 'invoices'")
                .hasMessageContaining("Dependencies of feature 'orders'")
                .hasMessageContaining("Order.bill()")
                .hasMessageNotContaining("InvoicePdf");
    }

    @Test
    void featuresThatFormATreePass() {
        assertThatCode(() -> FeaturePackages.noCyclesBetween(FIXTURE + ".acyclic").check(CLASSES))
                .doesNotThrowAnyException();
    }

    @Test
    void aRootWithoutFeaturesFailsInsteadOfCheckingNothing() {
        assertThatThrownBy(() -> FeaturePackages.noCyclesBetween(FIXTURE + ".misspelt").check(CLASSES))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("failed to check any classes");
    }
}
