package nl.talentenbureau.deploy;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * The whole stack, started once for all end-to-end tests of a {@code verify} run (failsafe runs them in one JVM):
 * embedded PostgreSQL, Keycloak with the realm under test, the services, the web app and the gateway, all on free ports,
 * with a fresh data folder under {@code target/it-stack} and the demo data. The launcher's own code starts it; a
 * shutdown hook stops it when the test JVM ends.
 */
final class ItStack {

    static final Path DATA = Path.of("target/it-stack").toAbsolutePath();
    /** What the tests need other than the defaults (the feeds are long-polled with the defaults). */
    static final Map<String, String> TEST_ENV = Map.of(
            // the matrix makes hundreds of calls per client: the rate limit is tested in the gateway's own tests
            "GATEWAY_RATE_LIMIT_RPS", "10000",
            "GATEWAY_RATE_LIMIT_BURST", "10000",
            // the matrix and the stories apply and sign up anonymously from one address many times
            "GATEWAY_PUBLIC_WRITE_RATE_LIMIT_RPS", "10000",
            "GATEWAY_PUBLIC_WRITE_RATE_LIMIT_BURST", "10000",
            // webhooks go to the tests' receiver on loopback over plain http
            "REQUEST_WEBHOOK_REQUIRE_HTTPS", "false",
            "REQUEST_WEBHOOK_ALLOW_LOOPBACK", "true",
            "REQUEST_WEBHOOK_EVERY", "1s",
            // mails go out within a second of their event
            "NOTIFICATION_DISPATCH_EVERY", "1s");

    private static LocalStack stack;
    private static Api api;
    private static Duration startup;
    private static LocalStack.Started started;
    private static RuntimeException failure;
    private static Hooks hooks;

    private ItStack() {
    }

    /** The running stack, started on first use. */
    static synchronized LocalStack get() {
        if (failure != null) {
            throw new IllegalStateException("the IT stack did not start (see the first failure)", failure);
        }
        if (stack == null) {
            try {
                start();
            } catch (RuntimeException e) {
                failure = e;
                throw e;
            }
        }
        return stack;
    }

    static Api api() {
        get();
        return api;
    }

    /** From "start" to "healthy with demo data loaded". */
    static Duration startup() {
        get();
        return startup;
    }

    static LocalStack.Started started() {
        get();
        return started;
    }

    /** The webhook receiver. */
    static synchronized Hooks hooks() {
        if (hooks == null) {
            hooks = new Hooks();
        }
        return hooks;
    }

    static String gateway() {
        return get().entry().url();
    }

    static String url(String module) {
        return get().service(module).url();
    }

    /**
     * Wipes the data folder but keeps Keycloak's unpacked distribution (without its data), which saves Keycloak
     * re-building itself on the next run; the realm is imported afresh.
     */
    private static void freshData() {
        try (java.util.stream.Stream<Path> children = java.nio.file.Files.list(DATA)) {
            for (Path child : children.toList()) {
                if (!child.getFileName().toString().equals("keycloak")) {
                    LocalStack.deleteTree(child);
                }
            }
        } catch (java.nio.file.NoSuchFileException e) {
            return;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        LocalStack.deleteTree(DATA.resolve("keycloak/keycloak-" + LocalStack.KEYCLOAK_VERSION + "/data"));
    }

    /**
     * The web app's client may send people back to the test stack's gateway, on its free port (the realm names
     * {@code http://localhost:8080/*} and loopback addresses; this does not rely on Keycloak's port rule for them).
     */
    private static void allowWebSignInAt(Keycloak keycloak, String gateway) {
        KeycloakAdmin admin = new KeycloakAdmin(keycloak);
        var client = (com.fasterxml.jackson.databind.node.ObjectNode) admin
                .get("/clients?clientId=" + DemoAccounts.WEB_CLIENT).expect(200, "find the web client").json().get(0);
        client.withArray("redirectUris").add(gateway + "/*");
        // an absent secret is left as it is (the admin API may show it masked)
        client.remove("secret");
        admin.put("/clients/" + client.path("id").asText(), client).expect(204, "redirect URIs of the web client");
    }

    private static void start() {
        Path root = Path.of(System.getProperty("repository.root", "..")).toAbsolutePath().normalize();
        freshData();
        Instant begin = Instant.now();
        PrintStream out = System.out;
        LocalStack candidate = new LocalStack(root, LocalStack.Layout.freePorts(DATA, TEST_ENV), out);
        Runtime.getRuntime().addShutdownHook(new Thread(candidate::stop, "it-stack-stop"));
        try {
            started = candidate.run(true, keycloak -> {
                Forgery.trustInRealm(keycloak);
                allowWebSignInAt(keycloak, candidate.entry().url());
            });
        } catch (RuntimeException e) {
            candidate.stop();
            throw e;
        }
        startup = Duration.between(begin, Instant.now());
        out.printf("IT stack ready in %d s (logs in %s): %s%n", startup.toSeconds(), DATA.resolve("logs"),
                LocalStack.dataLine(true, started));
        api = new Api(candidate.keycloak().tokenUrl());
        stack = candidate;
    }
}
