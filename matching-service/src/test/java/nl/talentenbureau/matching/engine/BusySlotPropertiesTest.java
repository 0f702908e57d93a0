package nl.talentenbureau.matching.engine;

import static nl.talentenbureau.matching.support.VolunteerBuilder.aVolunteer;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.talentenbureau.matching.profile.Booking;
import nl.talentenbureau.matching.profile.Slots;
import nl.talentenbureau.matching.profile.VolunteerProfile;
import nl.talentenbureau.matching.request.HelpRequest;
import nl.talentenbureau.matching.support.RandomInstances;
import nl.talentenbureau.matching.support.TestCatalog;

/**
 * The busy-slot rule as matching applies it, over random sequences of proposals and closings (one fixed seed,
 * printed; each trial's own seed named when it fails): a proposal is allowed when the volunteer's index of one (what
 * {@code MatchProposer} checks under the lock) does not exclude them as {@link Exclusion#BUSY}, and every change is
 * put into one index in place ({@link VolunteerIndex#withMatches}, as after each match step).
 * <p>
 * The oracle does not use {@link Booking#overlaps}: it lays every live booking out as the (date, day part) occasions
 * it holds from today over the next ten weeks and counts them. Properties: no (date, day part) is ever held twice by
 * one volunteer; a proposal is refused exactly when its occasions meet one already held; the index changed in place
 * excludes exactly the volunteers the oracle calls busy, and answers what an index rebuilt from the bookings answers.
 */
class BusySlotPropertiesTest {

    private static final long SEED = 20_261_202L;
    private static final int TRIALS = 300;
    private static final int STEPS = 60;
    private static final int VOLUNTEERS = 6;
    private static final LocalDate TODAY = RandomInstances.TODAY;
    private static final int HORIZON_DAYS = 70;

    private record Live(HelpRequest request, Booking booking) {
    }

    @Test
    void noTwoLiveMatchesOfOneVolunteerShareASlotOrADate() {
        SplittableRandom seeds = new SplittableRandom(SEED);
        int proposals = 0;
        int refused = 0;
        int closed = 0;
        int mostHeld = 0;
        for (int trial = 0; trial < TRIALS; trial++) {
            long seed = seeds.nextLong();
            SplittableRandom random = new SplittableRandom(seed);
            List<VolunteerProfile> volunteers = new ArrayList<>();
            Map<UUID, List<Live>> live = new HashMap<>();
            for (int v = 0; v < VOLUNTEERS; v++) {
                // nothing but time can exclude them: same kern, room for every match, every slot available
                volunteers.add(aVolunteer().withId(v + 1).inKern("breukelen").availableIn(Slots.ALL)
                        .withLoad(0, 1_000).build());
                live.put(volunteers.get(v).id(), new ArrayList<>());
            }
            VolunteerIndex index = build(volunteers, live);
            for (int step = 0; step < STEPS; step++) {
                VolunteerProfile volunteer = volunteers.get(random.nextInt(VOLUNTEERS));
                List<Live> held = live.get(volunteer.id());
                if (!held.isEmpty() && random.nextInt(4) == 0) {
                    held.remove(random.nextInt(held.size()));
                    closed++;
                } else {
                    HelpRequest request = request(random);
                    proposals++;
                    boolean clashes = meets(occasions(request.booking()), held);
                    VolunteerIndex one = build(List.of(volunteer), Map.of(volunteer.id(), held));
                    boolean busy = one.eligible(request, TODAY).excluded().get(Exclusion.BUSY) > 0;
                    assertThat(busy).as("seed %d step %d: refused exactly when the times meet", seed, step)
                            .isEqualTo(clashes);
                    assertThat(excludedAsBusy(index, request)).as("seed %d step %d: the index in place", seed, step)
                            .isEqualTo(busyOracle(volunteers, live, request));
                    if (busy) {
                        refused++;
                        continue;
                    }
                    held.add(new Live(request, request.booking()));
                }
                index = index.withMatches(volunteer.id(), held.size(), Set.of(), bookings(held));
                assertThat(occasionsHeldTwice(held)).as("seed %d step %d: volunteer %s", seed, step,
                        volunteer.id()).isEmpty();
                mostHeld = Math.max(mostHeld, held.size());
            }
            VolunteerIndex rebuilt = build(volunteers, live);
            for (int q = 0; q < 10; q++) {
                HelpRequest request = request(random);
                assertThat(index.candidates(request, TODAY, VOLUNTEERS)).as("seed %d: in place = rebuilt", seed)
                        .isEqualTo(rebuilt.candidates(request, TODAY, VOLUNTEERS));
            }
        }
        System.out.printf("busy-slot rule: seed %d, %d trials of %d steps, %d proposals (%d refused already busy "
                + "then), %d matches closed, up to %d live matches a volunteer, 0 (date, day part) held twice%n",
                SEED, TRIALS, STEPS, proposals, refused, closed, mostHeld);
        assertThat(refused).as("the rule was exercised").isPositive().isLessThan(proposals);
    }

    /** Weekly one to three day parts, or one to three day parts of a date from a week ago to five weeks ahead. */
    private static HelpRequest request(SplittableRandom random) {
        UUID id = new UUID(random.nextLong(), random.nextLong());
        if (random.nextBoolean()) {
            int slots = 0;
            for (int n = 1 + random.nextInt(3); n > 0; n--) {
                slots |= 1 << random.nextInt(21);
            }
            return new HelpRequest(id, "requester", "breukelen", null, slots, Map.of(), false, Set.of(), Set.of(),
                    1);
        }
        LocalDate date = TODAY.plusDays(random.nextInt(-7, 36));
        int parts = 1 + random.nextInt(7);
        return new HelpRequest(id, "requester", "breukelen", date,
                parts << ((date.getDayOfWeek().getValue() - 1) * 3), Map.of(), false, Set.of(), Set.of(), 1);
    }

    private static VolunteerIndex build(List<VolunteerProfile> volunteers, Map<UUID, List<Live>> live) {
        List<VolunteerProfile> profiles = new ArrayList<>();
        for (VolunteerProfile p : volunteers) {
            List<Live> held = live.getOrDefault(p.id(), List.of());
            profiles.add(p.withMatches(held.size(), bookings(held)));
        }
        return VolunteerIndex.build(profiles, TestCatalog.DISTANCES, TestCatalog.TALENTS, TestCatalog.TRAININGS,
                Weights.DEFAULT);
    }

    private static List<Booking> bookings(List<Live> held) {
        return held.stream().map(Live::booking).toList();
    }

    private static Set<UUID> excludedAsBusy(VolunteerIndex index, HelpRequest request) {
        Set<UUID> eligible = new HashSet<>();
        Eligible answer = index.eligible(request, TODAY);
        for (int position : answer.positions()) {
            eligible.add(index.id(position));
        }
        Set<UUID> busy = new HashSet<>();
        for (int p = 0; p < index.size(); p++) {
            if (!eligible.contains(index.id(p))) {
                busy.add(index.id(p));
            }
        }
        assertThat(answer.excluded().get(Exclusion.BUSY)).isEqualTo(busy.size());
        return busy;
    }

    private static Set<UUID> busyOracle(List<VolunteerProfile> volunteers, Map<UUID, List<Live>> live,
            HelpRequest request) {
        Set<UUID> busy = new HashSet<>();
        Set<Long> wanted = occasions(request.booking());
        for (VolunteerProfile p : volunteers) {
            if (meets(wanted, live.get(p.id()))) {
                busy.add(p.id());
            }
        }
        return busy;
    }

    private static boolean meets(Set<Long> wanted, List<Live> held) {
        for (Live l : held) {
            for (long occasion : occasions(l.booking())) {
                if (wanted.contains(occasion)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The occasions held more than once among one volunteer's live bookings. */
    private static Set<Long> occasionsHeldTwice(List<Live> held) {
        Set<Long> seen = new HashSet<>();
        Set<Long> twice = new HashSet<>();
        for (Live l : held) {
            for (long occasion : occasions(l.booking())) {
                if (!seen.add(occasion)) {
                    twice.add(occasion);
                }
            }
        }
        return twice;
    }

    /**
     * The (date, day part) occasions a booking holds from today on, over the horizon, as {@code epochDay * 3 +
     * part}: a weekly booking on every date whose weekday has a slot of it, a one-off booking on its date when that
     * is not past. Written from the words of the rule, without {@link Booking#overlaps}.
     */
    private static Set<Long> occasions(Booking booking) {
        Set<Long> occasions = new HashSet<>();
        for (int d = 0; d < HORIZON_DAYS; d++) {
            LocalDate date = TODAY.plusDays(d);
            if (booking.date() != null && !booking.date().equals(date)) {
                continue;
            }
            int weekday = date.getDayOfWeek().getValue() - 1;
            for (int part = 0; part < 3; part++) {
                if ((booking.slots() & (1 << (weekday * 3 + part))) != 0) {
                    occasions.add(date.toEpochDay() * 3 + part);
                }
            }
        }
        return occasions;
    }
}
