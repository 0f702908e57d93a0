package nl.talentenbureau.matching.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Every component of one volunteer's score with its weight and plain reason. Built only for the k candidates
 * answered, after the scan, so the hot loop never makes strings; the values come from the scan's own arithmetic.
 */
final class Explanation {

    private final Columns columns;
    private final LiveMatches matches;
    private final Scan scan;
    private final Weights weights;

    Explanation(Columns columns, LiveMatches matches, Scan scan, Weights weights) {
        this.columns = columns;
        this.matches = matches;
        this.scan = scan;
        this.weights = weights;
    }

    Candidate of(int i, IndexQuery q) {
        int kern = columns.kern[i];
        boolean sameKern = kern == q.kern;
        double km = q.kmTo[kern];
        boolean helpedBefore = Arrays.binarySearch(q.helpers, i) >= 0;
        int slots = columns.slots[i];
        int maxTravelKm = columns.maxTravelKm[i];
        int active = matches.activeMatches[i];
        int capacity = columns.capacity[i];
        List<String> skillReasons = new ArrayList<>();
        for (int r = 0; r < q.talentPositions.length; r++) {
            skillReasons.add(Scorer.skillReason(q.talentCodes[r], scan.level(i, q.talentPositions[r]),
                    q.minLevels[r]));
        }
        List<ComponentScore> components = List.of(
                new ComponentScore(Component.SKILLS, scan.skills(i, q), weights.skills(),
                        skillReasons.isEmpty() ? "no talent asked" : String.join("; ", skillReasons)),
                new ComponentScore(Component.AVAILABILITY, Scorer.availability(slots, q.slots),
                        weights.availability(), Scorer.availabilityReason(slots, q.slots)),
                new ComponentScore(Component.DISTANCE, Scorer.distance(sameKern, km, maxTravelKm),
                        weights.distance(), Scorer.distanceReason(sameKern, km)),
                new ComponentScore(Component.LOAD, Scorer.load(active, capacity), weights.load(),
                        Scorer.loadReason(active, capacity)),
                new ComponentScore(Component.CONTINUITY, Scorer.continuity(helpedBefore), weights.continuity(),
                        Scorer.continuityReason(helpedBefore)));
        return new Candidate(columns.ids[i], scan.score(i, q, sameKern, km, helpedBefore), components);
    }
}
