package nl.talentenbureau.deploy;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One service of the stack: its module folder, HTTP port, management port (health and metrics), database and the
 * prefix of its environment variables ({@code <PREFIX>_DB_URL}, {@code _DB_USER}, {@code _DB_PASSWORD},
 * {@code _HTTP_PORT}, {@code _MANAGEMENT_PORT}). Adding a service to the
 * launcher is one more entry in {@link LocalStack#SERVICES}. {@code database} is null for the gateway, which keeps
 * no data.
 */
public record ServiceSpec(String module, int port, int managementPort, String database, String envPrefix) {

    public Path jar(Path root) {
        return root.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }

    public boolean hasDatabase() {
        return database != null;
    }

    public String url() {
        return "http://localhost:" + port;
    }

    /** The management interface: {@code /q/health}, {@code /q/metrics}; nothing routes it. */
    public String managementUrl() {
        return "http://localhost:" + managementPort;
    }

    /** The same service on other ports. */
    public ServiceSpec on(int httpPort, int managementPort) {
        return new ServiceSpec(module, httpPort, managementPort, database, envPrefix);
    }

    /** The environment that points the service at its database and at the realm. */
    public Map<String, String> environment(String jdbcBase, String dbUser, String dbPassword, String realmUrl) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put(envPrefix + "_HTTP_PORT", Integer.toString(port));
        env.put(envPrefix + "_MANAGEMENT_PORT", Integer.toString(managementPort));
        if (hasDatabase()) {
            env.put(envPrefix + "_DB_URL", jdbcBase + database);
            env.put(envPrefix + "_DB_USER", dbUser);
            env.put(envPrefix + "_DB_PASSWORD", dbPassword);
        }
        env.put("OIDC_AUTH_SERVER_URL", realmUrl);
        return env;
    }
}
