package nl.talentenbureau.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;

class RetryTest {

    @ParameterizedTest
    @CsvSource({"GET, , true", "HEAD, , true", "OPTIONS, , true", "PUT, , true", "DELETE, , true",
            "POST, , false", "PATCH, , false", "POST, key-1, true", "PATCH, key-1, true", "POST, ' ', false"})
    void onlyWhatIsSafeToRepeatIsSentTwice(String method, String key, boolean safe) {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap();
        if (key != null) {
            headers.add("idempotency-key", key);
        }
        assertThat(Retry.safeToRepeat(HttpMethod.valueOf(method), headers)).isEqualTo(safe);
    }
}
