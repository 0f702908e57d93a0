package nl.talentenbureau.matching.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.talentenbureau.matching.profile.Booking;
import nl.talentenbureau.matching.profile.DateRange;
import nl.talentenbureau.matching.profile.VolunteerProfile;
import nl.talentenbureau.matching.profile.VolunteerStatus;

/** {@code aVolunteer().inKern("breukelen").withTalent("driving", 2).build()}: an active volunteer by default. */
public final class VolunteerBuilder {

    private UUID id = UUID.randomUUID();
    private VolunteerStatus status = VolunteerStatus.ACTIVE;
    private String kern = "breukelen";
    private int maxTravelKm = 10;
    private final Map<String, Integer> talents = new HashMap<>();
    private LocalDate vogValidUntil;
    private final Map<String, LocalDate> trainings = new HashMap<>();
    private final Set<String> languages = new HashSet<>(Set.of("nl"));
    private int slots;
    private final List<DateRange> absences = new ArrayList<>();
    private int activeMatches;
    private int capacity = 1;
    private final Set<String> helped = new HashSet<>();
    private final List<Booking> bookings = new ArrayList<>();

    public static VolunteerBuilder aVolunteer() {
        return new VolunteerBuilder();
    }

    public VolunteerBuilder withId(UUID id) {
        this.id = id;
        return this;
    }

    public VolunteerBuilder withId(long n) {
        return withId(new UUID(0, n));
    }

    public VolunteerBuilder withStatus(VolunteerStatus status) {
        this.status = status;
        return this;
    }

    public VolunteerBuilder inKern(String kern) {
        this.kern = kern;
        return this;
    }

    public VolunteerBuilder travelsUpTo(int km) {
        this.maxTravelKm = km;
        return this;
    }

    public VolunteerBuilder withTalent(String talent, int level) {
        talents.put(talent, level);
        return this;
    }

    public VolunteerBuilder withVogValidUntil(LocalDate day) {
        this.vogValidUntil = day;
        return this;
    }

    public VolunteerBuilder withTraining(String training, LocalDate expiresOn) {
        trainings.put(training, expiresOn);
        return this;
    }

    public VolunteerBuilder speaking(String... codes) {
        languages.clear();
        languages.addAll(List.of(codes));
        return this;
    }

    public VolunteerBuilder availableIn(int slots) {
        this.slots = slots;
        return this;
    }

    public VolunteerBuilder absent(LocalDate from, LocalDate to) {
        absences.add(new DateRange(from, to));
        return this;
    }

    public VolunteerBuilder withLoad(int activeMatches, int capacity) {
        this.activeMatches = activeMatches;
        this.capacity = capacity;
        return this;
    }

    public VolunteerBuilder helped(String requesterKey) {
        helped.add(requesterKey);
        return this;
    }

    /** An open or live match of theirs holds this time. */
    public VolunteerBuilder busyWith(Booking booking) {
        bookings.add(booking);
        return this;
    }

    public VolunteerProfile build() {
        return new VolunteerProfile(id, status, kern, maxTravelKm, talents, vogValidUntil, trainings, languages,
                slots, absences, activeMatches, capacity, helped, bookings);
    }
}
