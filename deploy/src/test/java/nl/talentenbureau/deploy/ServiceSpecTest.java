package nl.talentenbureau.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The launcher sets the environment variables each service's configuration actually reads. */
class ServiceSpecTest {

    private static final Path ROOT = Path.of("..");

    @Test
    void everyVariableTheLauncherSetsIsReadByTheService() throws IOException {
        for (ServiceSpec service : LocalStack.SERVICES) {
            String properties = Files.readString(
                    ROOT.resolve(service.module()).resolve("src/main/resources/application.properties"));
            assertThat(service.environment("jdbc:postgresql://localhost:1/", "u", "p", "http://kc").keySet())
                    .allSatisfy(
                            variable -> assertThat(properties).as(service.module()).contains("${" + variable + ":"));
        }
    }

    @Test
    void environmentPointsAtTheServicesOwnDatabaseAndTheRealm() {
        ServiceSpec volunteers = new ServiceSpec("volunteer-service", 8081, 9091, "volunteer", "VOLUNTEER");
        assertThat(volunteers.environment("jdbc:postgresql://localhost:15432/", "talentenbureau", "secret",
                "http://localhost:8180/realms/talentenbureau"))
                .containsEntry("VOLUNTEER_DB_URL", "jdbc:postgresql://localhost:15432/volunteer")
                .containsEntry("VOLUNTEER_HTTP_PORT", "8081")
                .containsEntry("VOLUNTEER_MANAGEMENT_PORT", "9091")
                .containsEntry("OIDC_AUTH_SERVER_URL", "http://localhost:8180/realms/talentenbureau");
    }

    @Test
    void servicesHaveDistinctPortsAndDatabases() {
        List<Integer> ports = new java.util.ArrayList<>();
        LocalStack.SERVICES.forEach(s -> {
            ports.add(s.port());
            ports.add(s.managementPort());
        });
        assertThat(ports).doesNotHaveDuplicates();
        assertThat(LocalStack.SERVICES).filteredOn(ServiceSpec::hasDatabase).extracting(ServiceSpec::database)
                .doesNotHaveDuplicates();
    }
}
