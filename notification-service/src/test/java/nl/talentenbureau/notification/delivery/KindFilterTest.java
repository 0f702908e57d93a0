package nl.talentenbureau.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import nl.talentenbureau.notification.rules.Kind;

/** The delivery log's {@code kind} filter knows every kind this service sends, and nothing else. */
class KindFilterTest {

    @Test
    void everyKindCanBeFilteredOn() {
        assertThat(Stream.of(Kind.values()).map(Kind::name)).allMatch(k -> k.matches(DeliveryResource.KIND_PATTERN));
        assertThat("OFFER").doesNotMatch(DeliveryResource.KIND_PATTERN);
        assertThat(DeliveryResource.KIND_PATTERN.split("\\|")).hasSize(Kind.values().length);
    }
}
