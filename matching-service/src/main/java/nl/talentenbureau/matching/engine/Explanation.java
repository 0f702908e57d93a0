package nl.talentenbureau.matching.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Every component of one volunteer's score with its weight and plain reason. Built only for the k candidates
 * answered, after the scan, so the hot loop never makes strings; the values come from the scan's own arithmetic.
 */
final class Explanation {

    private final Scan scan;
    private final Weights weights;

    Explanation(Scan scan, Weights weights) {
        this.scan = scan;
        this.weights = weights;
    }

    Candidate of(KernBlock block, int j, IndexQuery q) {
        boolean sameKern = block.kern == q.kern;
        double km = q.kmTo[block.kern];
        boolean helpedBefore = Arrays.binarySearch(block.helpersOf(q.requesterKey), j) >= 0;
        int slots = block.slots[j];
        int maxTravelKm = block.maxTravelKm[j];
        int active = block.activeMatches[j];
        int capacity = block.capacity[j];
        int taken = block.busyWeekly[j];
        List<String> skillReasons = new ArrayList<>();
        for (int r = 0; r < q.talentPositions.length; r++) {
            skillReasons.add(Scorer.skillReason(q.talentCodes[r], Scan.level(block, j, q.talentPositions[r]),
                    q.minLevels[r]));
        }
        List<ComponentScore> components = List.of(
                new ComponentScore(Component.SKILLS, Scan.skills(block, j, q), weights.skills(),
                        skillReasons.isEmpty() ? "no talent asked" : String.join("; ", skillReasons)),
                new ComponentScore(Component.AVAILABILITY, Scorer.availability(slots, q.slots),
                        weights.availability(), Scorer.availabilityReason(slots, q.slots)),
                new ComponentScore(Component.DISTANCE, Scorer.distance(sameKern, km, maxTravelKm),
                        weights.distance(), Scorer.distanceReason(sameKern, km)),
                new ComponentScore(Component.LOAD, Scorer.load(active, capacity, taken, slots), weights.load(),
                        Scorer.loadReason(active, capacity, taken, slots)),
                new ComponentScore(Component.CONTINUITY, Scorer.continuity(helpedBefore), weights.continuity(),
                        Scorer.continuityReason(helpedBefore)));
        return new Candidate(block.ids[j], scan.score(block, j, q, sameKern, km, helpedBefore), components);
    }
}
