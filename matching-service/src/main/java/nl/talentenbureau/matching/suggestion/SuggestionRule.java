package nl.talentenbureau.matching.suggestion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Who to invite to a session of one training. Plain rule; the engine's hard filters are applied before (who passes
 * every filter but the trainings, per open request), so this class only compares trainings and dates.
 * <p>
 * A volunteer of the organisation is invited when
 * <ul>
 * <li>{@link Reason#EXPIRES}: they hold the training and its last valid day falls within the horizon (today up to
 * {@code horizonDays} later), and they are ACTIVE or PAUSED; or</li>
 * <li>{@link Reason#MISSING}: for an open request that needs the training they pass every other hard filter (distance,
 * status, VOG, language, capacity, absence...) and this training is the only one of the request's they lack (not held,
 * or not valid on the request's screening day): excluded from its candidates for this training alone.</li>
 * </ul>
 * A volunteer would then qualify for a request needing the training when, with it completed today, they lack none of
 * its trainings and pass its other filters: the requests they lack only this one for, and those they qualify for now
 * but would lose with an expiring record. A volunteer who lacks two of a request's trainings is not counted for it: one
 * session does not make them a candidate.
 */
public final class SuggestionRule {

    @Schema(name = "SuggestionReason")
    public enum Reason {
        /** the training runs out within the horizon */
        EXPIRES,
        /** left out of open requests' candidates for lacking this training only */
        MISSING
    }

    /** A volunteer of the organisation: status and trainings held (code to last valid day; null: never expires). */
    public record Member(UUID id, String status, Map<String, LocalDate> trainings) {
    }

    /**
     * An open request of the organisation: the day its screening must be valid on, its trainings, and the volunteers
     * who pass every one of its hard filters except the trainings.
     */
    public record Need(UUID requestId, LocalDate screeningDay, Set<String> trainings, Set<UUID> passingOtherFilters) {
    }

    /** @param requests the open requests needing the training they would then qualify for */
    public record Invitee(UUID volunteerId, Set<Reason> reasons, LocalDate expiresOn, int requests) {
    }

    /**
     * @param openRequests the open requests that need the training
     * @param qualifyingRequests of those, the requests at least one invitee would then qualify for
     * @param invitees most requests first, then soonest expiry, then by id
     */
    public record Suggestion(String training, int openRequests, int qualifyingRequests, List<Invitee> invitees) {
    }

    private SuggestionRule() {
    }

    public static Suggestion suggest(String training, LocalDate today, int horizonDays, Collection<Member> members,
            Collection<Need> needs) {
        if (horizonDays < 0) {
            throw new IllegalArgumentException("the horizon cannot be negative: " + horizonDays);
        }
        LocalDate horizon = today.plusDays(horizonDays);
        List<Need> needing = needs.stream().filter(n -> n.trainings().contains(training)).toList();
        Set<UUID> qualifying = new HashSet<>();
        List<Invitee> invitees = new ArrayList<>();
        for (Member member : members) {
            if (!"ACTIVE".equals(member.status()) && !"PAUSED".equals(member.status())) {
                continue;
            }
            LocalDate expiresOn = member.trainings().get(training);
            boolean expiring = expiresOn != null && !expiresOn.isBefore(today) && !expiresOn.isAfter(horizon);
            Set<Reason> reasons = EnumSet.noneOf(Reason.class);
            if (expiring) {
                reasons.add(Reason.EXPIRES);
            }
            List<UUID> requests = new ArrayList<>();
            for (Need need : needing) {
                if (!need.passingOtherFilters().contains(member.id())) {
                    continue;
                }
                Set<String> missing = missing(member, need);
                if (missing.equals(Set.of(training))) {
                    reasons.add(Reason.MISSING);
                    requests.add(need.requestId());
                } else if (missing.isEmpty() && expiring) {
                    // a candidate now who keeps qualifying by renewing
                    requests.add(need.requestId());
                }
            }
            if (!reasons.isEmpty()) {
                qualifying.addAll(requests);
                invitees.add(new Invitee(member.id(), reasons, member.trainings().containsKey(training)
                        ? expiresOn
                        : null, requests.size()));
            }
        }
        invitees.sort(Comparator.comparingInt(Invitee::requests).reversed()
                .thenComparing(Invitee::expiresOn, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Invitee::volunteerId));
        return new Suggestion(training, needing.size(), qualifying.size(), List.copyOf(invitees));
    }

    /** The request's trainings the member does not hold valid on its screening day. */
    static Set<String> missing(Member member, Need need) {
        Set<String> missing = new HashSet<>();
        for (String code : need.trainings()) {
            boolean held = member.trainings().containsKey(code);
            LocalDate until = member.trainings().get(code);
            if (!held || (until != null && until.isBefore(need.screeningDay()))) {
                missing.add(code);
            }
        }
        return missing;
    }
}
