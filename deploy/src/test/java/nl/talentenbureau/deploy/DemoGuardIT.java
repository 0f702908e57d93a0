package nl.talentenbureau.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * volunteer-service's packaged jar, in its prod profile, on a real PostgreSQL: with the public demo secrets it stops
 * and names them; told that it runs as a demo, it starts. (No Keycloak is needed for either: the service reaches the
 * realm lazily.) platform's DemoGuard does it for every service; this proves it in a real start.
 */
class DemoGuardIT {

    private static final Path DATA = Path.of("target/demo-guard-it").toAbsolutePath();
    private static final ServiceSpec VOLUNTEER = new ServiceSpec("volunteer-service", 0, 0, "volunteer", "VOLUNTEER");

    private static Postgres postgres;
    private static Deque<Integer> ports;

    @BeforeAll
    static void startPostgres() {
        LocalStack.deleteTree(DATA);
        ports = Ports.free(5);
        postgres = Postgres.start(DATA.resolve("postgres"), ports.pop());
        postgres.ensureDatabase("volunteer");
    }

    @AfterAll
    static void stopPostgres() {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void onTheDemoSecretsTheServiceRefusesToStartAndSaysWhich() throws Exception {
        Path log = DATA.resolve("refused.log");
        Process service = start(ports.pop(), ports.pop(), Map.of(), log);
        try {
            assertThat(service.waitFor(3, TimeUnit.MINUTES)).as("the service stopped by itself").isTrue();
            String output = Processes.tail(log, 400);
            assertThat(service.exitValue()).as(output).isNotZero();
            assertThat(output).contains("volunteer-service refuses to start in the prod profile",
                    "quarkus.datasource.password (VOLUNTEER_DB_PASSWORD)",
                    "quarkus.oidc-client.credentials.secret (VOLUNTEER_CLIENT_SECRET)", "TALENTENBUREAU_DEMO=true")
                    .doesNotContain("volunteer-service-secret");
        } finally {
            Processes.stop(service, Duration.ofSeconds(10));
        }
    }

    @Test
    void toldItIsADemoTheServiceStarts() {
        int port = ports.pop();
        int management = ports.pop();
        Path log = DATA.resolve("demo.log");
        Process service = start(port, management, Map.of(LocalStack.DEMO_FLAG, "true"), log);
        try {
            Processes.awaitHttp("volunteer-service", service, "http://localhost:" + management + "/q/health/live",
                    answer -> answer.statusCode() == 200, Duration.ofMinutes(3), log);
            assertThat(Processes.tail(log, 400)).contains("running as a demo (TALENTENBUREAU_DEMO=true)");
        } finally {
            Processes.stop(service, Duration.ofSeconds(10));
        }
    }

    private static Process start(int port, int management, Map<String, String> extra, Path log) {
        Path root = Path.of(System.getProperty("repository.root", "..")).toAbsolutePath().normalize();
        ServiceSpec spec = VOLUNTEER.on(port, management);
        // the demo defaults of the database password and the client secret stay as they are; no Keycloak listens
        Map<String, String> env = new LinkedHashMap<>(spec.environment(postgres.jdbcBase(), Postgres.USER,
                Postgres.PASSWORD, "http://localhost:" + Ports.free() + "/realms/talentenbureau"));
        env.putAll(extra);
        return Processes.start(List.of(Processes.java(), "-jar", spec.jar(root).toString()),
                root.resolve(spec.module()), env, log);
    }
}
