package nl.talentenbureau.load.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import nl.talentenbureau.load.Stack;

/**
 * What the gateway costs: the same closed load (N clients, each sending its next request when the last one is
 * answered) at matching-service directly and through the gateway, alternating in rounds so that whatever else
 * runs on the machine hits both alike, after a warm-up of both. Prints req/s, p50 and p99 of each and the overhead.
 * Not a test: it needs the running stack ({@code ./deploy/local/run}, with the rate limit lifted; root README,
 * "Load").
 *
 * <p>
 * Arguments (all optional): the load, {@code candidates} (a coordinator's candidates, matching-service) or
 * {@code intake} (a partner app's new help request, request-service); clients (8), seconds per round (10), rounds
 * (3), warm-up seconds (10).
 */
public final class GatewayOverheadBenchmark {

    private GatewayOverheadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String load = args.length > 0 ? args[0] : "candidates";
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int roundSeconds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        int warmUpSeconds = args.length > 4 ? Integer.parseInt(args[4]) : 10;

        Target direct;
        Target gateway;
        String described;
        if (load.equals("intake")) {
            // a partner app's new help request, a fresh Idempotency-Key each (Gatling's intake body)
            String token = Stack.partnerToken(Stack.PARTNER);
            String body = Stack.intakeBody();
            direct = new Target("direct (request-service " + Stack.REQUEST + ")",
                    () -> intake(Stack.REQUEST, token, body), 201);
            gateway = new Target("through the gateway (" + Stack.GATEWAY + ")",
                    () -> intake(Stack.GATEWAY, token, body), 201);
            described = "POST /api/requests with a fresh Idempotency-Key each";
        } else {
            String token = Stack.personToken(Stack.COORDINATOR);
            String requestId = Stack.openRequestIds(token).getFirst();
            String path = "/api/candidates?requestId=" + requestId + "&limit=10";
            HttpRequest toMatching = get(Stack.MATCHING + path, token);
            HttpRequest toGateway = get(Stack.GATEWAY + path, token);
            direct = new Target("direct (matching-service " + Stack.MATCHING + ")", () -> toMatching, 200);
            gateway = new Target("through the gateway (" + Stack.GATEWAY + ")", () -> toGateway, 200);
            described = "GET /api/candidates?requestId=...&limit=10";
        }

        System.out.printf(Locale.ROOT, "%s, %d clients (closed loop), %d s warm-up each, then %d rounds of %d s "
                + "alternating%n", described, clients, warmUpSeconds, rounds, roundSeconds);
        direct.run(clients, warmUpSeconds, false);
        gateway.run(clients, warmUpSeconds, false);
        for (int round = 0; round < rounds; round++) {
            direct.run(clients, roundSeconds, true);
            gateway.run(clients, roundSeconds, true);
        }

        System.out.println();
        System.out.println("| target | requests | errors | req/s | p50 | p99 |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        direct.print();
        gateway.print();
        System.out.printf(Locale.ROOT, "%ngateway adds %.2f ms at p50 (%.2f ms at p99), keeps %.0f%% of the direct "
                + "throughput%n", gateway.percentileMillis(50) - direct.percentileMillis(50),
                gateway.percentileMillis(99) - direct.percentileMillis(99),
                100.0 * gateway.throughput() / direct.throughput());
    }

    private static HttpRequest get(String url, String token) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(10)).GET().build();
    }

    private static HttpRequest intake(String base, String token, String body) {
        return HttpRequest.newBuilder(URI.create(base + "/api/requests")).header("Authorization", "Bearer " + token)
                .header("Idempotency-Key", "load-" + UUID.randomUUID()).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** One address under load, with what its measured rounds recorded. */
    private static final class Target {

        private final String name;
        private final Supplier<HttpRequest> requests;
        private final int expected;
        private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        private final List<long[]> latencies = new ArrayList<>();
        private final AtomicLong errors = new AtomicLong();
        private long measuredNanos;

        Target(String name, Supplier<HttpRequest> requests, int expected) {
            this.name = name;
            this.requests = requests;
            this.expected = expected;
        }

        void run(int clients, int seconds, boolean measured) throws InterruptedException {
            long started = System.nanoTime();
            long until = started + Duration.ofSeconds(seconds).toNanos();
            List<Thread> threads = new ArrayList<>();
            List<long[]> recorded = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                Recorder recorder = new Recorder();
                threads.add(Thread.ofPlatform().start(() -> {
                    while (System.nanoTime() < until) {
                        HttpRequest request = requests.get();
                        long sent = System.nanoTime();
                        boolean ok;
                        try {
                            ok = client.send(request, HttpResponse.BodyHandlers.ofByteArray())
                                    .statusCode() == expected;
                        } catch (Exception e) {
                            ok = false;
                        }
                        recorder.add(System.nanoTime() - sent);
                        if (!ok && measured) {
                            errors.incrementAndGet();
                        }
                    }
                    synchronized (recorded) {
                        recorded.add(recorder.values());
                    }
                }));
            }
            for (Thread thread : threads) {
                thread.join();
            }
            if (measured) {
                latencies.addAll(recorded);
                measuredNanos += System.nanoTime() - started;
            }
        }

        long count() {
            return latencies.stream().mapToLong(values -> values.length).sum();
        }

        double throughput() {
            return count() / (measuredNanos / 1e9);
        }

        double percentileMillis(int percentile) {
            long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
            int index = (int) Math.ceil(percentile / 100.0 * all.length) - 1;
            return all[Math.max(0, index)] / 1e6;
        }

        void print() {
            System.out.printf(Locale.ROOT, "| %s | %,d | %d | %,.0f | %.2f ms | %.2f ms |%n", name, count(),
                    errors.get(), throughput(), percentileMillis(50), percentileMillis(99));
        }
    }

    /** One client's latencies, in nanoseconds. */
    private static final class Recorder {

        private long[] values = new long[1 << 14];
        private int size;

        void add(long nanos) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = nanos;
        }

        long[] values() {
            return Arrays.copyOf(values, size);
        }
    }
}
