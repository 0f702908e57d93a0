package nl.talentenbureau.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
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
        assertThat(Retry.safeToRepeat(HttpMethod.valueOf(method), headers, 0)).isEqualTo(safe);
    }

    @Test
    void aBodyTooLargeToKeepOrOfUnknownLengthIsSentOnce() {
        MultiMap chunked = MultiMap.caseInsensitiveMultiMap().add("Transfer-Encoding", "chunked");
        assertThat(Retry.safeToRepeat(HttpMethod.PUT, MultiMap.caseInsensitiveMultiMap(), Retry.MAX_BUFFERED_BODY))
                .isTrue();
        assertThat(Retry.safeToRepeat(HttpMethod.PUT, MultiMap.caseInsensitiveMultiMap(),
                Retry.MAX_BUFFERED_BODY + 1)).isFalse();
        assertThat(Retry.safeToRepeat(HttpMethod.PUT, chunked, -1)).isFalse();
        assertThat(Retry.safeToRepeat(HttpMethod.GET, MultiMap.caseInsensitiveMultiMap(), -1)).isTrue();
    }
}
