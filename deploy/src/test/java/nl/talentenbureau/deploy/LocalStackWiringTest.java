package nl.talentenbureau.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class LocalStackWiringTest {

    @Test
    void withTheStandardPortsTheWiringEqualsTheServicesDefaults() {
        assertThat(LocalStack.wiring(LocalStack.SERVICES)).containsAllEntriesOf(Map.of(
                "GATEWAY_VOLUNTEER_URL", "http://localhost:8081",
                "GATEWAY_REQUEST_URL", "http://localhost:8082",
                "GATEWAY_MATCHING_URL", "http://localhost:8083",
                "VOLUNTEER_FEED_URL", "http://localhost:8081",
                "REQUEST_FEED_URL", "http://localhost:8082",
                "CATALOG_URL", "http://localhost:8081",
                "GATEWAY_PUBLIC_URL", "http://localhost:8080"));
    }

    @Test
    void freePortsPointEveryServiceAtTheOthersPorts() {
        LocalStack.Layout layout = LocalStack.Layout.freePorts(Path.of("target/x"), Map.of());
        Map<String, String> wiring = LocalStack.wiring(layout.services());
        ServiceSpec volunteers = layout.services().getFirst();
        assertThat(volunteers.port()).isNotEqualTo(8081);
        assertThat(wiring).containsEntry("GATEWAY_VOLUNTEER_URL", volunteers.url()).containsEntry("CATALOG_URL",
                volunteers.url());
        assertThat(layout.services()).extracting(ServiceSpec::module)
                .containsExactlyElementsOf(LocalStack.SERVICES.stream().map(ServiceSpec::module).toList());
    }
}
