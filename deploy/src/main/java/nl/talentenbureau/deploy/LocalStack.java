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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
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
    /** Set on every service of the local stack: it runs on public demo secrets (platform's DemoGuard). */
    static final String DEMO_FLAG = "TALENTENBUREAU_DEMO";
    /** GreenMail's SMTP and IMAP ports (its defaults: 3025 and 3143). */
    public static final int SMTP_PORT = 3025;
    public static final int IMAP_PORT = 3143;

    static final String GATEWAY = "gateway";
    /** The web app: no database, served at {@code /} through the gateway. */
    static final String WEB = "web";

    /**
     * The services, in start order. Adding a service is one entry: its module builds
     * {@code target/quarkus-app/quarkus-run.jar} and reads {@code <PREFIX>_DB_URL/_DB_USER/_DB_PASSWORD},
     * {@code <PREFIX>_HTTP_PORT} and {@code OIDC_AUTH_SERVER_URL}.
     */
    public static final List<ServiceSpec> SERVICES = List.of(
            new ServiceSpec("volunteer-service", 8081, 9091, "volunteer", "VOLUNTEER"),
            new ServiceSpec("request-service", 8082, 9092, "request", "REQUEST"),
            new ServiceSpec("matching-service", 8083, 9093, "matching", "MATCHING"),
            new ServiceSpec("notification-service", 8084, 9094, "notification", "NOTIFICATION"),
            new ServiceSpec(WEB, 8085, 9095, null, "WEB"),
            new ServiceSpec(GATEWAY, 8080, 9090, null, "GATEWAY"));

    static final String VOLUNTEER_SERVICE = "volunteer-service";
    static final String REQUEST_SERVICE = "request-service";
    /** The local stack's key that seals webhook secrets at rest (the demo overlay's and demo.env's too). */
    static final String DEMO_WEBHOOK_SECRET_KEY = "demo-webhook-secret-key-for-the-local-stack";

    /**
     * Where the stack keeps its data and which ports it listens on: the launcher's fixed ports ({@link #standard}),
     * or free ports and a folder under {@code target/} for the end-to-end tests. {@code extraEnv} goes to every
     * service (the tests shorten matching's feed poll interval and lift the gateway's rate limit).
     */
    public record Layout(Path data, int postgresPort, int keycloakPort, int smtpPort, int imapPort,
            List<ServiceSpec> services, Map<String, String> extraEnv) {

        public static Layout standard(Path root) {
            return new Layout(root.resolve(".data"), POSTGRES_PORT, KEYCLOAK_PORT, SMTP_PORT, IMAP_PORT, SERVICES,
                    Map.of());
        }

        /** The same services on ports nothing listens on now. */
        public static Layout freePorts(Path data, Map<String, String> extraEnv) {
            java.util.Deque<Integer> ports = Ports.free(2 * SERVICES.size() + 4);
            List<ServiceSpec> services = SERVICES.stream().map(s -> s.on(ports.pop(), ports.pop())).toList();
            return new Layout(data, ports.pop(), ports.pop(), ports.pop(), ports.pop(), services, extraEnv);
        }
    }

    /** What {@link #run} started and loaded. */
    public record Started(DemoData.Loaded volunteers, DemoRequests.Loaded requests, Duration took) {
    }

    private final Path root;
    private final Path data;
    private final Layout layout;
    private final PrintStream out;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final Map<ServiceSpec, Process> running = new LinkedHashMap<>();
    private Postgres postgres;
    private Mailbox mailbox;
    private Keycloak keycloak;

    public LocalStack(Path root, Layout layout, PrintStream out) {
        this.root = root;
        this.layout = layout;
        this.data = layout.data().toAbsolutePath();
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
        Path root = findRoot();
        LocalStack stack = new LocalStack(root, Layout.standard(root), System.out);
        List<Ports.Use> taken = Ports.taken(stack.ports());
        if (!taken.isEmpty()) {
            System.err.println(Ports.explain(taken));
            System.exit(1);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "local-stack-stop"));
        try {
            if (options.reset()) {
                System.out.println("--reset: wiping " + stack.data);
                deleteTree(stack.data);
            }
            stack.ensureBuilt();
            Started started = stack.run(options.demoData());
            System.out.println(Banner.text(stack.keycloak, stack.postgres, stack.mailbox, stack.layout.services(),
                    dataLine(options.demoData(), started), started.took()));
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
        ports.add(new Ports.Use("embedded PostgreSQL", layout.postgresPort()));
        ports.add(new Ports.Use("Keycloak", layout.keycloakPort()));
        ports.add(new Ports.Use("mail server (SMTP)", layout.smtpPort()));
        ports.add(new Ports.Use("mail server (IMAP)", layout.imapPort()));
        layout.services().forEach(service -> {
            ports.add(new Ports.Use(service.module(), service.port()));
            ports.add(new Ports.Use(service.module() + " (health and metrics)", service.managementPort()));
        });
        return ports;
    }

    /**
     * Starts PostgreSQL, Keycloak and every service, waits until all are healthy and loads the demo data (volunteers,
     * then requests through the gateway) unless it is there already. The build must have run.
     */
    public Started run(boolean demoData) {
        return run(demoData, keycloak -> {
        });
    }

    /** As {@link #run(boolean)}, with a step once Keycloak is ready and before the services start. */
    public Started run(boolean demoData, Consumer<Keycloak> beforeServices) {
        Instant started = ProcessHandle.current().info().startInstant().orElse(Instant.now());
        out.println("Starting PostgreSQL on port " + layout.postgresPort() + " (data in " + data.resolve("postgres")
                + ")");
        postgres = Postgres.start(data.resolve("postgres"), layout.postgresPort());
        layout.services().stream().filter(ServiceSpec::hasDatabase)
                .forEach(service -> postgres.ensureDatabase(service.database()));

        out.println("Starting the mail server: SMTP on port " + layout.smtpPort() + ", IMAP on port "
                + layout.imapPort() + " (every mail also in " + data.resolve("mail") + ")");
        mailbox = Mailbox.start(layout.smtpPort(), layout.imapPort(), data.resolve("mail"));

        out.println("Starting Keycloak " + KEYCLOAK_VERSION + " on port " + layout.keycloakPort() + " (log: "
                + data.resolve("logs/keycloak.log") + ")");
        startKeycloak();
        beforeServices.accept(keycloak);

        layout.services().forEach(this::launch);
        running.keySet().forEach(this::awaitReady);

        DemoData.Loaded volunteers = null;
        DemoRequests.Loaded requests = null;
        if (demoData) {
            out.println("Loading demo data through the API (once) ...");
            Api api = new Api(keycloak.tokenUrl());
            volunteers = DemoData.load(api, service(VOLUNTEER_SERVICE).url());
            requests = DemoRequests.load(api, entry().url(), DemoData.catalogue(api, entry().url(),
                    api.token(DemoAccounts.COORDINATOR_WELZIJN)));
            // the coalition's directory: an entry per organisation of the realm (replaced on every start)
            DemoDirectory.load(api, entry().url());
            // both demo coordinators receive their organisation's mails (safe to repeat on every start)
            for (DemoAccounts.User coordinator : List.of(DemoAccounts.COORDINATOR_WELZIJN,
                    DemoAccounts.COORDINATOR_HANDJEHELPEN)) {
                api.put(entry().url() + "/api/notifications/subscription", api.token(coordinator))
                        .expect(200, coordinator.username() + " subscribes to the mails");
            }
        }
        return new Started(volunteers, requests, Duration.between(started, Instant.now()));
    }

    static String dataLine(boolean demoData, Started started) {
        if (!demoData) {
            return "demo data: not loaded (--no-demo-data)";
        }
        DemoData.Loaded volunteers = started.volunteers();
        DemoRequests.Loaded requests = started.requests();
        String line = volunteers.skipped()
                ? "demo data: " + volunteers.present() + " volunteers present already"
                : "demo data: " + volunteers.created() + " volunteers created, " + volunteers.active()
                        + " of them ACTIVE";
        return line + (requests.skipped()
                ? "; " + requests.present() + " help requests present already"
                : "; " + requests.created() + " help requests from partner apps, " + requests.inProgress()
                        + " IN_PROGRESS and " + requests.open() + " OPEN");
    }

    /** The service by module name. */
    public ServiceSpec service(String module) {
        return layout.services().stream().filter(s -> s.module().equals(module)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service " + module));
    }

    /** The web app's public address: the gateway's root, where people open it. */
    public String webUrl() {
        return entry().url() + "/";
    }

    /** The one public entry: the gateway. */
    public ServiceSpec entry() {
        return service(GATEWAY);
    }

    public Keycloak keycloak() {
        return keycloak;
    }

    public Mailbox mailbox() {
        return mailbox;
    }

    /** The embedded PostgreSQL every service's database lives in. */
    public Postgres postgres() {
        return postgres;
    }

    /** Stops PostgreSQL as an operator's restart does (a fast shutdown); the services keep running without it. */
    public void stopPostgres() {
        out.println("Stopping PostgreSQL");
        postgres.close();
    }

    /** Starts PostgreSQL again on the same port and data after {@link #stopPostgres()}. */
    public void startPostgres() {
        out.println("Starting PostgreSQL again on port " + layout.postgresPort());
        postgres = Postgres.start(data.resolve("postgres"), layout.postgresPort());
    }

    /** Stops Keycloak; the services keep running and keep the keys they have fetched. */
    public void stopKeycloak() {
        out.println("Stopping Keycloak");
        keycloak.close();
    }

    /** Starts Keycloak (again, after {@link #stopKeycloak()}: same data, realm and users) and waits until it is ready. */
    public void startKeycloak() {
        Path home = Keycloak.unpack(keycloakZip(), data.resolve("keycloak"), KEYCLOAK_VERSION);
        // assigned before waiting, so stop() ends Keycloak also when it never gets ready
        keycloak = Keycloak.start(home, layout.keycloakPort(), data.resolve("logs/keycloak.log"),
                Map.of("TB_SMTP_HOST", Mailbox.HOST, "TB_SMTP_PORT", Integer.toString(mailbox.smtpPort())));
        keycloak.awaitReady(Duration.ofMinutes(5));
    }

    /** Waits until every running service is healthy again, after a fault. */
    public void awaitAllReady() {
        running.keySet().forEach(this::awaitReady);
    }

    /** Stops one service (the others keep running), for tests of what happens while it is down. */
    public void stopService(String module) {
        ServiceSpec service = service(module);
        Processes.stop(running.remove(service), Duration.ofSeconds(15));
        out.println("  stopped " + module);
    }

    /** Kills one service at once (SIGKILL: no shutdown hooks, nothing flushed), as a crash or an OOM kill does. */
    public void killService(String module) {
        ServiceSpec service = service(module);
        Processes.kill(running.remove(service));
        out.println("  killed " + module);
    }

    /** Starts one stopped service again and waits until it is healthy. */
    public void startService(String module) {
        startService(module, Map.of());
    }

    /** As {@link #startService(String)}, with some environment variables set otherwise than at the first start. */
    public void startService(String module, Map<String, String> overrides) {
        ServiceSpec service = service(module);
        launch(service, overrides);
        awaitReady(service);
    }

    private void launch(ServiceSpec service) {
        launch(service, Map.of());
    }

    private void launch(ServiceSpec service, Map<String, String> overrides) {
        out.println("Starting " + service.module() + " on port " + service.port() + " (log: " + log(service) + ")");
        Map<String, String> env = new LinkedHashMap<>(
                service.environment(postgres.jdbcBase(), Postgres.USER, Postgres.PASSWORD, keycloak.realmUrl()));
        env.putAll(wiring(layout.services()));
        env.put("MAIL_HOST", Mailbox.HOST);
        env.put("MAIL_PORT", Integer.toString(mailbox.smtpPort()));
        // the local stack runs on the demo realm's public secrets and a demo database password: it says it is a demo
        env.put(DEMO_FLAG, "true");
        env.putAll(layout.extraEnv());
        env.putAll(overrides);
        running.put(service, Processes.start(List.of(Processes.java(), "-jar", service.jar(root).toString()),
                root.resolve(service.module()), env, log(service)));
    }

    private void awaitReady(ServiceSpec service) {
        Processes.awaitHttp(service.module(), running.get(service), service.managementUrl() + "/q/health/ready",
                answer -> answer.statusCode() == 200 && answer.body().contains("UP"), Duration.ofMinutes(4),
                log(service));
    }

    /**
     * Where the services find each other: the gateway's routes, matching's feeds, request-service's catalogue. With
     * the standard ports these equal the services' defaults.
     */
    static Map<String, String> wiring(List<ServiceSpec> services) {
        Map<String, String> env = new LinkedHashMap<>();
        for (ServiceSpec service : services) {
            if (service.hasDatabase()) {
                env.put("GATEWAY_" + service.envPrefix() + "_URL", service.url());
                env.put("GATEWAY_" + service.envPrefix() + "_HEALTH_URL", service.managementUrl());
                env.put(service.envPrefix() + "_FEED_URL", service.url());
            }
            if (service.module().equals(VOLUNTEER_SERVICE)) {
                env.put("CATALOG_URL", service.url());
            }
            if (service.module().equals(REQUEST_SERVICE)) {
                // request-service has no default key for sealing webhook secrets: the local stack's is public
                env.put("WEBHOOK_SECRET_KEY", DEMO_WEBHOOK_SECRET_KEY);
            }
            if (service.module().equals(WEB)) {
                env.put("GATEWAY_WEB_URL", service.url());
                env.put("GATEWAY_WEB_HEALTH_URL", service.managementUrl());
                env.put("WEB_CLIENT_SECRET", DemoAccounts.WEB_CLIENT_SECRET);
            }
            if (service.module().equals(GATEWAY)) {
                env.put("GATEWAY_PUBLIC_URL", service.url());
                // the web app calls the API through the gateway, and people reach the web app through it
                env.put("WEB_API_URL", service.url());
                // the links in notification-service's mails
                env.put("PUBLIC_URL", service.url());
                env.put("GATEWAY_CORS_ORIGINS", service.url());
            }
        }
        return env;
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
        if (mailbox != null) {
            mailbox.close();
            out.println("  stopped the mail server");
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
        layout.services().stream().filter(s -> !Files.isRegularFile(s.jar(root))).forEach(s -> missing.add(s.module()));
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
