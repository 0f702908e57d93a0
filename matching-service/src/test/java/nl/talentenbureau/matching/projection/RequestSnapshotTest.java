package nl.talentenbureau.matching.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The request feed's snapshot as matching reads it: the requester key and auto-offer flag, present or not. */
class RequestSnapshotTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());
    private static final UUID ID = UUID.fromString("0b8f3c52-6c1e-4f0e-9d1c-2a4b5c6d7e8f");

    private static RequestSnapshot snapshot(String requesterKey, boolean autoOfferNext) {
        return new RequestSnapshot(ID, 1, "OPEN", "org", "breukelen", List.of(), List.of(), false, false, List.of(),
                1, new RequestSnapshot.Schedule("RECURRING", null, null, List.of("TUE_MORNING")), requesterKey, null,
                autoOfferNext);
    }

    @Test
    void theRequesterKeyIsTheCoresKeyAndTheRequestIdStandsInWithoutOne() {
        assertThat(Snapshots.request(snapshot("rk-42", false)).requesterKey()).isEqualTo("rk-42");
        assertThat(Snapshots.request(snapshot(null, false)).requesterKey()).isEqualTo(ID.toString());
        assertThat(Snapshots.request(snapshot(" ", false)).requesterKey()).isEqualTo(ID.toString());
    }

    @Test
    void aFeedWithoutTheNewFieldsReadsAsNoKeyAndNoAutoOffer() throws Exception {
        RequestSnapshot old = JSON.readValue("""
                {"id": "0b8f3c52-6c1e-4f0e-9d1c-2a4b5c6d7e8f", "version": 1, "status": "OPEN", "organisation": "org",
                 "kern": "breukelen", "volunteersNeeded": 1}""", RequestSnapshot.class);
        assertThat(old.requesterKey()).isNull();
        assertThat(old.autoOfferNext()).isFalse();
        assertThat(old.open()).isTrue();

        RequestSnapshot current = JSON.readValue("""
                {"id": "0b8f3c52-6c1e-4f0e-9d1c-2a4b5c6d7e8f", "version": 2, "status": "MATCHED",
                 "requesterKey": "rk-42", "autoOfferNext": true}""", RequestSnapshot.class);
        assertThat(current.requesterKey()).isEqualTo("rk-42");
        assertThat(current.autoOfferNext()).isTrue();
        assertThat(current.open()).isFalse();
        assertThat(current.ended()).isFalse();
    }
}
