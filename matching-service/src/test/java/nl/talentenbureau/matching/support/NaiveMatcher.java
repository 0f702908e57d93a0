package nl.talentenbureau.matching.support;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.talentenbureau.matching.catalog.Codes;
import nl.talentenbureau.matching.catalog.KernDistances;
import nl.talentenbureau.matching.engine.Exclusion;
import nl.talentenbureau.matching.engine.Scorer;
import nl.talentenbureau.matching.engine.Weights;
import nl.talentenbureau.matching.profile.Booking;
import nl.talentenbureau.matching.profile.VolunteerProfile;
import nl.talentenbureau.matching.profile.VolunteerStatus;
import nl.talentenbureau.matching.request.HelpRequest;

/**
 * The straightforward way: profiles as objects, a stream filter, score everyone, sort everything. The oracle the
 * index is checked against, and the baseline of the benchmark. Written from the rules, not from the index.
 */
public final class NaiveMatcher {

    public record Scored(UUID volunteerId, double score) {
    }

    private final List<VolunteerProfile> profiles;
    private final KernDistances kernen;
    private final Codes trainings;
    private final Weights weights;

    public NaiveMatcher(List<VolunteerProfile> profiles, KernDistances kernen, Codes trainings, Weights weights) {
        this.profiles = profiles;
        this.kernen = kernen;
        this.trainings = trainings;
        this.weights = weights;
    }

    public List<Scored> top(HelpRequest request, LocalDate today, int k) {
        return profiles.stream()
                .filter(p -> failure(p, request, today).isEmpty())
                .map(p -> new Scored(p.id(), score(p, request)))
                .sorted(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::volunteerId))
                .limit(k)
                .toList();
    }

    public Map<Exclusion, Integer> excluded(HelpRequest request, LocalDate today) {
        Map<Exclusion, Integer> counts = new EnumMap<>(Exclusion.class);
        for (VolunteerProfile p : profiles) {
            failure(p, request, today).ifPresent(reason -> counts.merge(reason, 1, Integer::sum));
        }
        return counts;
    }

    /** The first hard filter the volunteer fails, in the documented order. */
    public Optional<Exclusion> failure(VolunteerProfile p, HelpRequest request, LocalDate today) {
        LocalDate day = request.date() != null ? request.date() : today;
        if (kernen.km(request.kern(), p.homeKern()) > p.maxTravelKm()) {
            return Optional.of(Exclusion.TOO_FAR);
        }
        if (p.status() != VolunteerStatus.ACTIVE) {
            return Optional.of(Exclusion.NOT_ACTIVE);
        }
        if (request.needsVog() && (p.vogValidUntil() == null || p.vogValidUntil().isBefore(day))) {
            return Optional.of(Exclusion.NO_VALID_VOG);
        }
        for (String training : request.requiredTrainings()) {
            boolean known = trainings.position(training).isPresent();
            boolean held = p.trainings().containsKey(training);
            LocalDate expires = p.trainings().get(training);
            if (!known || !held || (expires != null && expires.isBefore(day))) {
                return Optional.of(Exclusion.MISSING_TRAINING);
            }
        }
        if (!request.languages().isEmpty() && request.languages().stream().noneMatch(p.languages()::contains)) {
            return Optional.of(Exclusion.NO_SHARED_LANGUAGE);
        }
        if (p.activeMatches() >= p.capacity()) {
            return Optional.of(Exclusion.AT_CAPACITY);
        }
        if (request.date() != null && p.isAbsentOn(request.date())) {
            return Optional.of(Exclusion.ABSENT);
        }
        if (p.isBusyFor(request.booking(), today)) {
            return Optional.of(Exclusion.BUSY);
        }
        return Optional.empty();
    }

    public double score(VolunteerProfile p, HelpRequest request) {
        List<String> talents = request.requiredTalents().keySet().stream().sorted().toList();
        double skills = 1.0;
        if (!talents.isEmpty()) {
            double sum = 0;
            for (String talent : talents) {
                sum += Scorer.skill(p.talents().getOrDefault(talent, 0), request.requiredTalents().get(talent));
            }
            skills = sum / talents.size();
        }
        boolean sameKern = p.homeKern().equals(request.kern());
        double km = kernen.km(request.kern(), p.homeKern());
        int takenWeekly = 0;
        for (Booking booking : p.bookings()) {
            takenWeekly |= booking.weekly() ? booking.slots() : 0;
        }
        return weights.score(skills, Scorer.availability(p.weeklySlots(), request.slots()),
                Scorer.distance(sameKern, km, p.maxTravelKm()),
                Scorer.load(p.activeMatches(), p.capacity(), takenWeekly, p.weeklySlots()),
                Scorer.continuity(p.helpedRequesters().contains(request.requesterKey())));
    }
}
