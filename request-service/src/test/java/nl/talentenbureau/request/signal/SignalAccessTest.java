package nl.talentenbureau.request.signal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.talentenbureau.request.request.Viewer;
import nl.talentenbureau.request.signal.SignalAccess.Seat;

class SignalAccessTest {

    private static final String ANNA = "anna-subject";

    @Test
    void theReceivingOrganisationsCoordinatorsAreReceivers() {
        assertThat(seat(new Viewer(Viewer.Role.COORDINATOR, "welzijn", "coord-1"))).isEqualTo(Seat.RECEIVER);
    }

    @Test
    void theRaiserIsTheRaiserAndACoordinatorWhoRaisedToTheirOwnOrganisationIsAReceiver() {
        assertThat(seat(new Viewer(Viewer.Role.VOLUNTEER, null, ANNA))).isEqualTo(Seat.RAISER);
        assertThat(SignalAccess.seat(new Viewer(Viewer.Role.COORDINATOR, "handjehelpen", "coord-2"), "coord-2",
                "welzijn")).isEqualTo(Seat.RAISER);
        assertThat(SignalAccess.seat(new Viewer(Viewer.Role.COORDINATOR, "welzijn", "coord-1"), "coord-1",
                "welzijn")).isEqualTo(Seat.RECEIVER);
    }

    @Test
    void everybodyElseSeesNothing() {
        assertThat(seat(new Viewer(Viewer.Role.COORDINATOR, "handjehelpen", "coord-2"))).isEqualTo(Seat.NONE);
        assertThat(seat(new Viewer(Viewer.Role.VOLUNTEER, null, "bram-subject"))).isEqualTo(Seat.NONE);
        assertThat(seat(new Viewer(Viewer.Role.ADMIN, null, "admin"))).isEqualTo(Seat.NONE);
        assertThat(seat(new Viewer(Viewer.Role.PARTNER, "welzijn", "partner"))).isEqualTo(Seat.NONE);
        // a partner app of the receiving organisation or one that happens to carry the raiser's subject: still nothing
        assertThat(SignalAccess.seat(new Viewer(Viewer.Role.PARTNER, "welzijn", ANNA), ANNA, "welzijn"))
                .isEqualTo(Seat.NONE);
        // an erased signal has no raiser any more
        assertThat(SignalAccess.seat(new Viewer(Viewer.Role.VOLUNTEER, null, ANNA), null, "welzijn"))
                .isEqualTo(Seat.NONE);
    }

    private static Seat seat(Viewer viewer) {
        return SignalAccess.seat(viewer, ANNA, "welzijn");
    }
}
