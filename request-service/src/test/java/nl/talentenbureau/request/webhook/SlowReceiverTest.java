package nl.talentenbureau.request.webhook;

import static nl.talentenbureau.request.support.Api.as;
import static nl.talentenbureau.request.support.Api.posted;
import static nl.talentenbureau.request.support.Api.step;
import static nl.talentenbureau.request.support.RequestBuilder.aRequest;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.logging.Log;
import io.quarkus.test.junit.QuarkusTest;

import nl.talentenbureau.platform.testing.Tokens;
import nl.talentenbureau.request.support.TrickleReceiver;
import nl.talentenbureau.request.support.WebhookReceiver;

/**
 * A receiver that answers its headers and then trickles its body one byte a second must delay only itself: the
 * other partners' deliveries arrive on time, and no second call to it is made while one is still open (also not by
 * a second instance whose claims run meanwhile).
 */
@QuarkusTest
class SlowReceiverTest {

    private static final Duration ON_TIME = Duration.ofSeconds(5);

    @Inject
    WebhookDispatcher dispatcher;

    private final String slowOrg = "slow-" + UUID.randomUUID().toString().substring(0, 8);
    private final String healthyOrg = "healthy-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aTricklingReceiverDelaysOnlyItselfAndIsCalledOnceAtATime() throws Exception {
        try (TrickleReceiver slow = new TrickleReceiver(Duration.ofSeconds(1), 60);
                WebhookReceiver healthy = new WebhookReceiver(0)) {
            register(slowOrg, slow.url());
            register(healthyOrg, healthy.url());
            step(Tokens.coordinator(slowOrg), posted(Tokens.partner(slowOrg), aRequest()), "MATCHED");
            await("the slow receiver is called", Duration.ofSeconds(10), () -> !slow.calls().isEmpty());

            // 1. while the slow receiver trickles, the healthy partner's deliveries arrive on time
            List<Long> latencies = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                latencies.add(healthyLatency(healthy));
                Thread.sleep(1000);
            }
            // 2. a second and third instance claim due deliveries meanwhile, as the other replicas do
            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService instances = Executors.newVirtualThreadPerTaskExecutor();
            for (int i = 0; i < 2; i++) {
                instances.submit(() -> {
                    while (running.get()) {
                        dispatcher.dispatchDue();
                        Thread.sleep(200);
                    }
                    return null;
                });
            }
            try {
                for (int i = 0; i < 3; i++) {
                    latencies.add(healthyLatency(healthy));
                    Thread.sleep(1500);
                }
            } finally {
                running.set(false);
                instances.shutdownNow();
            }
            Log.infof(
                    "slow receiver: healthy partner's delivery latencies %s ms (max %d ms, -1: not within 15 s) while the slow one "
                            + "trickled %d bytes over %d calls, at most %d open at a time",
                    latencies,
                    latencies.stream().mapToLong(Long::longValue).max().orElseThrow(), slow.trickled(),
                    slow.calls().size(), slow.maxOpen());

            assertThat(latencies).as("the healthy partner's deliveries, ms")
                    .allMatch(ms -> ms >= 0 && ms < ON_TIME.toMillis());
            assertThat(slow.maxOpen()).as("calls open at the same time to the slow receiver").isEqualTo(1);
            assertThat(slow.calls().size()).as("the deadline cuts every call short and it is retried")
                    .isGreaterThan(1);
            assertThat(healthy.received()).as("each healthy delivery posted once, by one instance")
                    .extracting(r -> r.header("webhook-id")).hasSize(latencies.size()).doesNotHaveDuplicates();
        }
    }

    /** Milliseconds from a status change to its delivery at the healthy receiver; -1 when none within 15 s. */
    private long healthyLatency(WebhookReceiver healthy) throws InterruptedException {
        UUID request = posted(Tokens.partner(healthyOrg), aRequest());
        long stepped = System.nanoTime();
        step(Tokens.coordinator(healthyOrg), request, "MATCHED");
        long deadline = stepped + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            var arrived = healthy.received().stream().filter(r -> r.body().contains(request.toString())).findFirst();
            if (arrived.isPresent()) {
                return Duration.ofNanos(arrived.get().atNanos() - stepped).toMillis();
            }
            Thread.sleep(20);
        }
        return -1;
    }

    private static void register(String org, String url) {
        as(Tokens.partner(org)).body(Map.of("url", url)).post("/api/webhooks").then().statusCode(201);
    }

    static void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + ": not within " + timeout);
            }
            Thread.sleep(20);
        }
    }
}
