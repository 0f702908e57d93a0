package nl.talentenbureau.platform.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Path;

import com.tngtech.archunit.lang.ArchRule;

/** Rules every service's resources follow; each service's ArchitectureTest runs them. */
public final class ResourceRules {

    /**
     * A class-level {@code @Consumes} applies to the GETs too, and a GET that carries a {@code Content-Type} (some
     * clients always send one) would be refused with 415: only the methods that read a body declare what they read.
     */
    public static final ArchRule CONSUMES_ONLY_ON_METHODS_THAT_READ_A_BODY = noClasses()
            .that().areAnnotatedWith(Path.class).and().areNotInterfaces()
            .should().beAnnotatedWith(Consumes.class)
            .because("a GET has no body to check; @Consumes goes on the methods that read one")
            .allowEmptyShould(false);

    private ResourceRules() {
    }
}
