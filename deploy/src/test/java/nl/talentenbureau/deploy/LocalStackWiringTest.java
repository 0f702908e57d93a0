package nl.talentenbureau.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class LocalStackWiringTest {

    @Test
    void withTheStandardPortsTheWiringEqualsTheServicesDefaults() {
        assertThat(LocalStack.wiring(LocalStack.SERVICES)).containsAllEntriesOf(Map.of(
                "GATEWAY_VOLUNTEER_URL", "http://localhost:8081",
                "GATEWAY_REQUEST_URL", "http://localhost:8082",
                "GATEWAY_MATCHING_URL", "http://localhost:8083",
                "GATEWAY_NOTIFICATION_URL", "http://localhost:8084",
                "VOLUNTEER_FEED_URL", "http://localhost:8081",
                "REQUEST_FEED_URL", "http://localhost:8082",
                "CATALOG_URL", "http://localhost:8081",
                "GATEWAY_PUBLIC_URL", "http://localhost:8080"));
        // the web app behind the gateway, calling the API through it
        assertThat(LocalStack.wiring(LocalStack.SERVICES)).containsAllEntriesOf(Map.of(
                "GATEWAY_WEB_URL", "http://localhost:8085",
                "WEB_API_URL", "http://localhost:8080",
                "WEB_CLIENT_SECRET", "web-secret"));
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
        ServiceSpec web = layout.services().stream().filter(s -> s.module().equals("web")).findFirst().orElseThrow();
        ServiceSpec gateway = layout.services().stream().filter(s -> s.module().equals("gateway")).findFirst()
                .orElseThrow();
        assertThat(web.port()).isNotEqualTo(8085);
        assertThat(wiring).containsEntry("GATEWAY_WEB_URL", web.url()).containsEntry("WEB_API_URL", gateway.url());
    }

    /** The web app keeps no data; it starts before the gateway, which serves it, and after the services it calls. */
    @Test
    void theWebAppHasNoDatabaseAndStartsJustBeforeTheGateway() {
        List<String> modules = LocalStack.SERVICES.stream().map(ServiceSpec::module).toList();
        ServiceSpec web = LocalStack.SERVICES.get(modules.indexOf("web"));
        assertThat(web.hasDatabase()).isFalse();
        assertThat(web.port()).isEqualTo(8085);
        assertThat(web.environment("jdbc:postgresql://localhost:1/", "u", "p", "http://kc/realms/r"))
                .containsOnlyKeys("WEB_HTTP_PORT", "WEB_MANAGEMENT_PORT", "OIDC_AUTH_SERVER_URL");
        assertThat(modules.indexOf("web")).isEqualTo(modules.indexOf("gateway") - 1);
    }
}
