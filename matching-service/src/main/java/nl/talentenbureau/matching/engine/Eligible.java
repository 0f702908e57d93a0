package nl.talentenbureau.matching.engine;

import java.util.Arrays;
import java.util.Map;

/**
 * The volunteers passing every hard filter for one request, as index positions (ascending) with their scores, and
 * how many each filter excluded.
 */
public record Eligible(int[] positions, double[] scores, Map<Exclusion, Integer> excluded) {

    public int size() {
        return positions.length;
    }

    /** Collects the scan's eligible volunteers in growing arrays. */
    static final class Builder implements Scan.Sink {

        private int[] positions = new int[16];
        private double[] scores = new double[16];
        private int size;

        @Override
        public void accept(int position, double score, long idHigh, long idLow) {
            if (size == positions.length) {
                positions = Arrays.copyOf(positions, size * 2);
                scores = Arrays.copyOf(scores, size * 2);
            }
            positions[size] = position;
            scores[size++] = score;
        }

        Eligible build(Map<Exclusion, Integer> excluded) {
            return new Eligible(Arrays.copyOf(positions, size), Arrays.copyOf(scores, size), excluded);
        }
    }
}
