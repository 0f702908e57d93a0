package nl.talentenbureau.volunteer.session;

import static nl.talentenbureau.volunteer.session.EnrolmentStatus.ENROLLED;
import static nl.talentenbureau.volunteer.session.EnrolmentStatus.WAITING;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class RosterTest {

    private final UUID anna = UUID.randomUUID();
    private final UUID bram = UUID.randomUUID();
    private final UUID cor = UUID.randomUUID();
    private final UUID dina = UUID.randomUUID();

    @Test
    void aNewcomerGetsAPlaceWhileOneIsFree() {
        Roster roster = new Roster(2, List.of(new Roster.Entry(anna, 1, ENROLLED)));
        assertThat(roster.admit()).isEqualTo(ENROLLED);
        assertThat(roster.free()).isEqualTo(1);
    }

    @Test
    void aNewcomerWaitsWhenTheSessionIsFull() {
        Roster roster = new Roster(1, List.of(new Roster.Entry(anna, 1, ENROLLED)));
        assertThat(roster.admit()).isEqualTo(WAITING);
    }

    @Test
    void aNewcomerNeverOvertakesSomeoneWaiting() {
        // a free place with people waiting is theirs (it is given to them in the same transaction that frees it)
        Roster roster = new Roster(2, List.of(new Roster.Entry(anna, 1, ENROLLED), new Roster.Entry(bram, 2, WAITING)));
        assertThat(roster.admit()).isEqualTo(WAITING);
    }

    @Test
    void theWaitingListIsInTheOrderTheEnrolmentsWereMade() {
        Roster roster = new Roster(1, List.of(new Roster.Entry(dina, 9, WAITING), new Roster.Entry(anna, 1, ENROLLED),
                new Roster.Entry(cor, 4, WAITING), new Roster.Entry(bram, 2, WAITING)));
        assertThat(roster.waiting()).extracting(Roster.Entry::volunteerId).containsExactly(bram, cor, dina);
        assertThat(roster.positionOf(bram)).isEqualTo(1);
        assertThat(roster.positionOf(dina)).isEqualTo(3);
        assertThat(roster.positionOf(anna)).isZero();
    }

    @Test
    void aCancellationMovesUpTheFirstInLineOnly() {
        List<Roster.Entry> entries = new ArrayList<>(List.of(new Roster.Entry(bram, 2, WAITING),
                new Roster.Entry(cor, 3, WAITING)));
        // anna (seq 1) cancelled: she is no longer among the active entries
        Roster roster = new Roster(1, entries);
        assertThat(roster.movingUp()).containsExactly(bram);
    }

    @Test
    void morePlacesMoveUpAsManyAsFitInOrder() {
        Roster roster = new Roster(3, List.of(new Roster.Entry(anna, 1, ENROLLED), new Roster.Entry(dina, 7, WAITING),
                new Roster.Entry(bram, 2, WAITING), new Roster.Entry(cor, 5, WAITING)));
        assertThat(roster.movingUp()).containsExactly(bram, cor);
    }

    @Test
    void nobodyMovesUpWhileTheSessionIsFull() {
        Roster roster = new Roster(1, List.of(new Roster.Entry(anna, 1, ENROLLED), new Roster.Entry(bram, 2, WAITING)));
        assertThat(roster.movingUp()).isEmpty();
    }

    @Test
    void aSessionShrinksOnlyDownToThePlacesTaken() {
        Roster roster = new Roster(5,
                List.of(new Roster.Entry(anna, 1, ENROLLED), new Roster.Entry(bram, 2, ENROLLED)));
        assertThat(roster.fits(2)).isTrue();
        assertThat(roster.fits(1)).isFalse();
    }

    @Test
    void filledOneByOneThePlacesAreNeverExceeded() {
        List<Roster.Entry> entries = new ArrayList<>();
        for (int seq = 1; seq <= 50; seq++) {
            Roster roster = new Roster(12, entries);
            entries.add(new Roster.Entry(UUID.randomUUID(), seq, roster.admit()));
        }
        Roster full = new Roster(12, entries);
        assertThat(full.enrolled()).isEqualTo(12);
        assertThat(full.waiting()).hasSize(38);
        assertThat(full.waiting()).extracting(Roster.Entry::seq).isSorted().first().isEqualTo(13L);
    }
}
