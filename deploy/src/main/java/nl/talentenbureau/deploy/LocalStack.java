package nl.talentenbureau.deploy;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * The whole stack on one machine without Docker: embedded PostgreSQL, Keycloak with the demo realm, every service
 * jar and the demo data. Data lives in {@code .data} between runs; Ctrl-C stops everything.
 */
public final class LocalStack {

    /** Not PostgreSQL's default 5432, so a local PostgreSQL does not get in the way. */
    public static final int POSTGRES_PORT = 15432;
    public static final int KEYCLOAK_PORT = 8180;
    public static final String KEYCLOAK_VERSION = "26.5.6";

    static final String GATEWAY = "gateway";

    /**
     * The services, in start order. Adding a service is one entry: its module builds
     * {@code target/quarkus-app/quarkus-run.jar} and reads {@code <PREFIX>_DB_URL/_DB_USER/_DB_PASSWORD},
     * {@code <PREFIX>_HTTP_PORT} and {@code OIDC_AUTH_SERVER_URL}.
     */
    public static final List<ServiceSpec> SERVICES = List.of(
            new ServiceSpec("volunteer-service", 8081, "volunteer", "VOLUNTEER"),
            new ServiceSpec("request-service", 8082, "request", "REQUEST"),
            new ServiceSpec("matching-service", 8083, "matching", "MATCHING"),
            new ServiceSpec(GATEWAY, 8080, null, "GATEWAY"));

    private static final String VOLUNTEER_SERVICE = "volunteer-service";

    private final Path root;
    private final Path data;
    private final PrintStream out;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final Map<ServiceSpec, Process> running = new LinkedHashMap<>();
    private Postgres postgres;
    private Keycloak keycloak;

    LocalStack(Path root, PrintStream out) {
        this.root = root;
        this.data = root.resolve(".data");
        this.out = out;
    }

    public static void main(String[] args) throws InterruptedException {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(Options.USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.print(Options.USAGE);
            return;
        }
        LocalStack stack = new LocalStack(findRoot(), System.out);
        List<Ports.Use> taken = Ports.taken(stack.ports());
        if (!taken.isEmpty()) {
            System.err.println(Ports.explain(taken));
            System.exit(1);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "local-stack-stop"));
        try {
            stack.run(options);
        } catch (RuntimeException e) {
            System.err.println();
            System.err.println("The stack did not start: " + e.getMessage());
            System.err.println("Logs are in " + stack.data.resolve("logs") + "; stopping what did start.");
            System.exit(1);
        }
        new CountDownLatch(1).await();
    }

    /** Every port the stack listens on, with what listens there. */
    List<Ports.Use> ports() {
        List<Ports.Use> ports = new ArrayList<>();
        ports.add(new Ports.Use("embedded PostgreSQL", POSTGRES_PORT));
        ports.add(new Ports.Use("Keycloak", KEYCLOAK_PORT));
        SERVICES.forEach(service -> ports.add(new Ports.Use(service.module(), service.port())));
        return ports;
    }

    void run(Options options) {
        Instant started = ProcessHandle.current().info().startInstant().orElse(Instant.now());
        if (options.reset()) {
            out.println("--reset: wiping " + data);
            deleteTree(data);
        }
        ensureBuilt();

        out.println(
                "Starting PostgreSQL on port " + POSTGRES_PORT + " (data in " + root.relativize(data) + "/postgres)");
        postgres = Postgres.start(data.resolve("postgres"), POSTGRES_PORT);
        SERVICES.stream().filter(ServiceSpec::hasDatabase)
                .forEach(service -> postgres.ensureDatabase(service.database()));

        Path home = Keycloak.unpack(keycloakZip(), data.resolve("keycloak"), KEYCLOAK_VERSION);
        out.println("Starting Keycloak " + KEYCLOAK_VERSION + " on port " + KEYCLOAK_PORT
                + " (log: .data/logs/keycloak.log)");
        keycloak = Keycloak.start(home, KEYCLOAK_PORT, data.resolve("logs/keycloak.log"))
                .awaitReady(Duration.ofMinutes(3));

        for (ServiceSpec service : SERVICES) {
            out.println("Starting " + service.module() + " on port " + service.port() + " (log: .data/logs/"
                    + service.module() + ".log)");
            running.put(service, Processes.start(List.of(Processes.java(), "-jar", service.jar(root).toString()),
                    root.resolve(service.module()),
                    service.environment(postgres.jdbcBase(), Postgres.USER, Postgres.PASSWORD, keycloak.realmUrl()),
                    log(service)));
        }
        running.forEach((service, process) -> Processes.awaitHttp(service.module(), process,
                service.url() + "/q/health/ready",
                answer -> answer.statusCode() == 200 && answer.body().contains("UP"), Duration.ofMinutes(2),
                log(service)));

        String dataLine = "demo data: not loaded (--no-demo-data)";
        Optional<ServiceSpec> volunteers = SERVICES.stream().filter(s -> s.module().equals(VOLUNTEER_SERVICE))
                .findFirst();
        if (options.demoData() && volunteers.isPresent()) {
            out.println("Loading demo data through the API (once) ...");
            DemoData.Loaded loaded = DemoData.load(new Api(keycloak.tokenUrl()), volunteers.get().url());
            dataLine = loaded.skipped()
                    ? "demo data: present already (" + loaded.present() + " volunteers), not loaded again"
                    : "demo data: " + loaded.created() + " volunteers created, " + loaded.active() + " of them ACTIVE";
        }
        out.println(Banner.text(keycloak, postgres, SERVICES, dataLine,
                Duration.between(started, Instant.now())));
    }

    /** Stops the services, then Keycloak, then PostgreSQL; safe to call twice. */
    void stop() {
        if (!stopping.compareAndSet(false, true)) {
            return;
        }
        out.println("Stopping the stack ...");
        List<ServiceSpec> services = new ArrayList<>(running.keySet());
        Collections.reverse(services);
        for (ServiceSpec service : services) {
            Processes.stop(running.get(service), Duration.ofSeconds(15));
            out.println("  stopped " + service.module());
        }
        if (keycloak != null) {
            keycloak.close();
            out.println("  stopped Keycloak");
        }
        if (postgres != null) {
            try {
                postgres.close();
            } catch (RuntimeException e) {
                // Ctrl-C reaches PostgreSQL too, which may have shut down already
            }
            out.println("  stopped PostgreSQL");
        }
    }

    /** Builds the repository once when a service jar or Keycloak's distribution is missing. */
    private void ensureBuilt() {
        List<String> missing = new ArrayList<>();
        SERVICES.stream().filter(s -> !Files.isRegularFile(s.jar(root))).forEach(s -> missing.add(s.module()));
        if (!Files.isRegularFile(keycloakZip())) {
            missing.add("Keycloak distribution");
        }
        if (missing.isEmpty()) {
            return;
        }
        out.println("Not built yet: " + String.join(", ", missing) + ". Running ./mvnw -q -DskipTests install ...");
        try {
            int exit = new ProcessBuilder(root.resolve("mvnw").toString(), "-q", "-DskipTests", "install")
                    .directory(root.toFile()).inheritIO().start().waitFor();
            if (exit != 0) {
                throw new IllegalStateException("the build failed (exit code " + exit + ")");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not run the build", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during the build", e);
        }
    }

    private Path keycloakZip() {
        return root.resolve("deploy/target/keycloak-dist/keycloak-quarkus-dist-" + KEYCLOAK_VERSION + ".zip");
    }

    private Path log(ServiceSpec service) {
        return data.resolve("logs/" + service.module() + ".log");
    }

    /** The repository root: the launcher jar's {@code ../..}, else the working folder or one above it. */
    static Path findRoot() {
        List<Path> candidates = new ArrayList<>();
        try {
            Path code = Path.of(LocalStack.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            candidates.add(code.getParent().getParent().getParent());
        } catch (URISyntaxException | RuntimeException e) {
            // fall back to the working folder
        }
        Path cwd = Path.of("").toAbsolutePath();
        for (Path dir = cwd; dir != null; dir = dir.getParent()) {
            candidates.add(dir);
        }
        return candidates.stream().filter(LocalStack::isRoot).findFirst().orElseThrow(
                () -> new IllegalStateException("run the launcher from the repository (no mvnw and deploy/ found)"));
    }

    static boolean isRoot(Path dir) {
        return dir != null && Files.isRegularFile(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("deploy"));
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + dir, e);
        }
    }
}
