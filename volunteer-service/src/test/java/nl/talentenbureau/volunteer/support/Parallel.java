package nl.talentenbureau.volunteer.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.restassured.response.Response;

/** The same call made by {@code n} threads released at once, as a double click or an impatient tap makes it. */
public final class Parallel {

    private Parallel() {
    }

    /** The ids the {@code n} calls answered; each must be 201. */
    public static List<String> created(int n, Callable<Response> call) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> answers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(n)) {
            for (int i = 0; i < n; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
        }
        List<String> ids = new ArrayList<>();
        for (Future<Response> answer : answers) {
            Response response = answer.get();
            assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
            ids.add(response.path("id"));
        }
        return ids;
    }
}
