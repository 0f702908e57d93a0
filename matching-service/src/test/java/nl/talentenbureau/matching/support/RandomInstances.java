package nl.talentenbureau.matching.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

import nl.talentenbureau.matching.batch.BatchProblem;
import nl.talentenbureau.matching.profile.Booking;
import nl.talentenbureau.matching.profile.DateRange;
import nl.talentenbureau.matching.profile.Slots;
import nl.talentenbureau.matching.profile.VolunteerProfile;
import nl.talentenbureau.matching.profile.VolunteerStatus;
import nl.talentenbureau.matching.request.HelpRequest;

/**
 * Random volunteers, requests and batch problems from a seed: the generators of the property tests (each property
 * runs many seeds and names the failing one) and, at scale, of the benchmark.
 */
public final class RandomInstances {

    public static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    private final SplittableRandom random;
    private final List<String> kernen;

    /** Small instances use a few neighbouring kernen (and one far away) so most filters bite. */
    public static RandomInstances small(long seed) {
        return new RandomInstances(seed, List.of("breukelen", "maarssen-dorp", "nieuwersluis", "kockengen",
                "tienhoven", "dronten"));
    }

    /** All 36 kernen, as the benchmark uses them. */
    public static RandomInstances allKernen(long seed) {
        return new RandomInstances(seed, TestCatalog.KERNEN.stream().map(k -> k.code()).toList());
    }

    private RandomInstances(long seed, List<String> kernen) {
        this.random = new SplittableRandom(seed);
        this.kernen = kernen;
    }

    public SplittableRandom random() {
        return random;
    }

    public List<VolunteerProfile> volunteers(int n, int requesters) {
        List<VolunteerProfile> volunteers = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            volunteers.add(volunteer(new UUID(random.nextLong(), random.nextLong()), requesters));
        }
        return volunteers;
    }

    public VolunteerProfile volunteer(UUID id, int requesters) {
        VolunteerStatus status = random.nextInt(10) < 8
                ? VolunteerStatus.ACTIVE
                : VolunteerStatus.values()[random.nextInt(VolunteerStatus.values().length)];
        Map<String, Integer> talents = new HashMap<>();
        for (int t = random.nextInt(5); t > 0; t--) {
            talents.put(pick(TestCatalog.TALENTS.codes()), 1 + random.nextInt(3));
        }
        LocalDate vog = random.nextInt(3) == 0 ? null : TODAY.plusDays(random.nextInt(-60, 900));
        Map<String, LocalDate> trainings = new HashMap<>();
        for (int t = random.nextInt(4); t > 0; t--) {
            trainings.put(pick(TestCatalog.TRAININGS.codes()),
                    random.nextInt(3) == 0 ? null : TODAY.plusDays(random.nextInt(-60, 700)));
        }
        Set<String> languages = new HashSet<>(Set.of("nl"));
        if (random.nextInt(4) == 0) {
            languages.add(pick(TestCatalog.LANGUAGES));
        }
        List<DateRange> absences = new ArrayList<>();
        if (random.nextInt(8) == 0) {
            LocalDate from = TODAY.plusDays(random.nextInt(0, 40));
            absences.add(new DateRange(from, from.plusDays(random.nextInt(0, 20))));
        }
        int capacity = random.nextInt(0, 4);
        int active = capacity == 0 ? 0 : random.nextInt(0, capacity + 1);
        Set<String> helped = new HashSet<>();
        if (requesters > 0 && random.nextInt(5) == 0) {
            helped.add("requester-" + random.nextInt(requesters));
        }
        return new VolunteerProfile(id, status, pick(kernen), random.nextInt(0, 25), talents, vog, trainings,
                languages, random.nextInt(Slots.ALL + 1) & random.nextInt(Slots.ALL + 1), absences, active,
                capacity, helped, bookings(id, active));
    }

    /**
     * The times a volunteer's open and live matches hold: one per live match and sometimes an open offer, weekly or
     * on a date (some already past). Drawn from a generator of the volunteer's own (seeded by the id), so the main
     * sequence, and with it every other field of the instances, is what it was before bookings existed.
     */
    public static List<Booking> bookings(UUID id, int live) {
        SplittableRandom own = new SplittableRandom(id.getMostSignificantBits() * 31 + id.getLeastSignificantBits());
        List<Booking> bookings = new ArrayList<>();
        for (int b = live + (own.nextInt(4) == 0 ? 1 : 0); b > 0; b--) {
            bookings.add(booking(own));
        }
        return bookings;
    }

    /** A random booking: weekly one or two day parts, or one to three day parts of a date from 10 days ago on. */
    public static Booking booking(SplittableRandom random) {
        if (random.nextBoolean()) {
            return Booking.weekly((1 << random.nextInt(21)) | (random.nextInt(3) == 0 ? 1 << random.nextInt(21) : 0));
        }
        LocalDate date = TODAY.plusDays(random.nextInt(-10, 50));
        return Booking.on(date, random.nextInt(8) << ((date.getDayOfWeek().getValue() - 1) * 3));
    }

    public HelpRequest request(int requesters) {
        Map<String, Integer> talents = new HashMap<>();
        for (int t = random.nextInt(3); t > 0; t--) {
            talents.put(pick(TestCatalog.TALENTS.codes()), 1 + random.nextInt(3));
        }
        Set<String> trainings = new HashSet<>();
        if (random.nextInt(4) == 0) {
            trainings.add(pick(TestCatalog.TRAININGS.codes()));
        }
        Set<String> languages = new HashSet<>();
        if (random.nextInt(6) == 0) {
            languages.add(pick(TestCatalog.LANGUAGES));
        }
        LocalDate date = null;
        int slots;
        if (random.nextBoolean()) {
            date = TODAY.plusDays(random.nextInt(0, 50));
            slots = random.nextInt(8) << ((date.getDayOfWeek().getValue() - 1) * 3);
        } else {
            slots = random.nextInt(Slots.ALL + 1) & random.nextInt(Slots.ALL + 1) & random.nextInt(Slots.ALL + 1);
        }
        return new HelpRequest(new UUID(random.nextLong(), random.nextLong()),
                "requester-" + random.nextInt(Math.max(1, requesters)), pick(kernen), date, slots, talents,
                random.nextInt(3) == 0, trainings, languages, 1 + (random.nextInt(5) == 0 ? random.nextInt(3) : 0));
    }

    /** A batch problem drawn directly: {@code requests x volunteers} pairs, each present with some chance. */
    public BatchProblem problem(int requests, int volunteers, double density) {
        BatchProblem.Builder builder = new BatchProblem.Builder();
        for (int r = 0; r < requests; r++) {
            builder.request(new UUID(1, r), 1 + (random.nextInt(4) == 0 ? 1 : 0));
        }
        for (int v = 0; v < volunteers; v++) {
            builder.volunteer(new UUID(2, v), random.nextInt(0, 3), v);
        }
        for (int r = 0; r < requests; r++) {
            for (int v = 0; v < volunteers; v++) {
                if (random.nextDouble() < density) {
                    // coarse scores make ties common, which is where solvers go wrong
                    builder.pair(r, v, random.nextInt(0, 21) / 20.0);
                }
            }
        }
        return builder.build();
    }

    public <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
