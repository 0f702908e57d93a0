package nl.talentenbureau.platform.follower;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class FollowedEventTest {

    record Shape(UUID id, String status) {
    }

    private final ObjectMapper json = new ObjectMapper();
    /** The services' mapper ignores fields a producer added. */
    private final ObjectMapper lenient = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    @Test
    void aCompletePayloadIsReadAsTheConsumersShape() throws Exception {
        UUID id = UUID.randomUUID();
        Shape shape = event("{\"id\":\"" + id + "\",\"status\":\"OPEN\",\"added\":1}")
                .payloadAs(lenient, Shape.class, s -> s.id() != null);
        assertThat(shape).isEqualTo(new Shape(id, "OPEN"));
    }

    @Test
    void aPayloadWithoutWhatTheConsumerNeedsIsRefusedNamingTheEventNotItsValues() throws Exception {
        assertThatThrownBy(() -> event("{\"status\":\"Kees Jansen\"}").payloadAs(json, Shape.class,
                s -> s.id() != null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("incomplete RequestChanged event at seq 7");
    }

    @Test
    void anUnreadableOrMissingPayloadIsRefused() throws Exception {
        assertThatThrownBy(() -> event("{\"id\":\"not-a-uuid\"}").payloadAs(json, Shape.class, s -> true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unreadable RequestChanged event at seq 7");
        assertThatThrownBy(() -> event("null").payloadAs(json, Shape.class, s -> true))
                .hasMessage("incomplete RequestChanged event at seq 7");
        assertThatThrownBy(() -> new FollowedEvent(7, "RequestChanged", "request", null, null, null)
                .payloadAs(json, Shape.class, s -> true))
                .hasMessage("incomplete RequestChanged event at seq 7");
    }

    @Test
    void onlyTheBareIdOfAnErasedAggregateIsRedacted() throws Exception {
        UUID id = UUID.randomUUID();
        assertThat(event("{\"id\":\"" + id + "\"}").redacted()).isTrue();
        assertThat(event("{\"id\":\"" + id + "\",\"version\":1}").redacted()).isFalse();
        assertThat(event("{\"id\":7}").redacted()).isFalse();
        assertThat(event("{\"status\":\"OPEN\"}").redacted()).isFalse();
        assertThat(event("null").redacted()).isFalse();
        assertThat(new FollowedEvent(7, "RequestChanged", "request", null, null, null).redacted()).isFalse();
    }

    private FollowedEvent event(String payload) throws Exception {
        JsonNode node = json.readTree(payload);
        return new FollowedEvent(7, "RequestChanged", "request", null, null, node);
    }
}
