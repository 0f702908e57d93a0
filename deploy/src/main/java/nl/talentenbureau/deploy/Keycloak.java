package nl.talentenbureau.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Keycloak from its Maven Central distribution, run in development mode with the realm imported. */
public final class Keycloak implements AutoCloseable {

    public static final String REALM = "talentenbureau";
    /** The master realm's administrator, for the admin console only. */
    public static final String CONSOLE_USER = "kcadmin";
    public static final String CONSOLE_PASSWORD = "kcadmin";
    static final String REALM_RESOURCE = "/keycloak/talentenbureau-realm.json";

    private final Path home;
    private final int port;
    private final Path log;
    private Process process;

    private Keycloak(Path home, int port, Path log) {
        this.home = home;
        this.port = port;
        this.log = log;
    }

    /**
     * Unpacks the distribution zip into {@code parent} unless it is there already; answers Keycloak's home folder.
     */
    public static Path unpack(Path zip, Path folder, String version) {
        Path parent = folder.toAbsolutePath().normalize();
        Path home = parent.resolve("keycloak-" + version);
        if (Files.isRegularFile(home.resolve("bin/kc.sh"))) {
            return home;
        }
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException("Keycloak's distribution is missing: " + zip
                    + " (build the deploy module: ./mvnw -q -pl deploy -am install -DskipTests)");
        }
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            Files.createDirectories(parent);
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path target = parent.resolve(entry.getName()).normalize();
                if (!target.startsWith(parent)) {
                    throw new IOException("zip entry outside the target folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    if (target.getFileName().toString().endsWith(".sh")) {
                        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not unpack " + zip, e);
        }
        return home;
    }

    /** Copies the realm into {@code data/import} and starts Keycloak; call {@link #awaitReady} next. */
    public static Keycloak start(Path home, int port, Path log, Map<String, String> realmSettings) {
        Keycloak keycloak = new Keycloak(home.toAbsolutePath(), port, log.toAbsolutePath());
        keycloak.importRealm();
        String url = "http://localhost:" + port;
        keycloak.process = Processes.start(
                List.of("bash", keycloak.home.resolve("bin/kc.sh").toString(), "start-dev", "--http-port=" + port,
                        "--hostname=" + url, "--import-realm"),
                keycloak.home,
                environment(realmSettings), keycloak.log);
        return keycloak;
    }

    /** Keycloak's own settings, and the realm file's placeholders (the SMTP server) it resolves at import. */
    private static Map<String, String> environment(Map<String, String> realmSettings) {
        Map<String, String> env = new LinkedHashMap<>(realmSettings);
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", CONSOLE_USER);
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", CONSOLE_PASSWORD);
        return env;
    }

    private void importRealm() {
        try (InputStream realm = Keycloak.class.getResourceAsStream(REALM_RESOURCE)) {
            if (realm == null) {
                throw new IllegalStateException("the realm " + REALM_RESOURCE + " is not on the class path");
            }
            Path target = home.resolve("data/import/talentenbureau-realm.json");
            Files.createDirectories(target.getParent());
            Files.copy(realm, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("could not copy the realm", e);
        }
    }

    public Keycloak awaitReady(Duration timeout) {
        Processes.awaitHttp("Keycloak", process, realmUrl() + "/.well-known/openid-configuration",
                response -> response.statusCode() == 200, timeout, log);
        return this;
    }

    public String url() {
        return "http://localhost:" + port;
    }

    public String realmUrl() {
        return url() + "/realms/" + REALM;
    }

    public String tokenUrl() {
        return realmUrl() + "/protocol/openid-connect/token";
    }

    @Override
    public void close() {
        Processes.stop(process, Duration.ofSeconds(20));
    }
}
