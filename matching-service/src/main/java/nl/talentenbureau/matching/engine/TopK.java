package nl.talentenbureau.matching.engine;

/**
 * The best {@code k} (score, volunteer) pairs seen so far, in a bounded min-heap on primitive arrays: O(n log k)
 * instead of sorting every eligible volunteer, and nothing allocated per volunteer. "Better" is a higher score, then
 * a lower id (as {@link java.util.UUID#compareTo}).
 */
final class TopK implements Scan.Sink {

    private final int k;
    private final double[] scores;
    private final int[] positions;
    private final long[] idHigh;
    private final long[] idLow;
    private int size;

    TopK(int k) {
        this.k = k;
        this.scores = new double[k];
        this.positions = new int[k];
        this.idHigh = new long[k];
        this.idLow = new long[k];
    }

    int size() {
        return size;
    }

    /** Full: the worst kept score (a lower one cannot get in; an equal one may, on its id). */
    @Override
    public double threshold() {
        return size < k || k == 0 ? Double.NEGATIVE_INFINITY : scores[0];
    }

    @Override
    public void accept(int position, double score, long high, long low) {
        if (size < k) {
            set(size, score, position, high, low);
            siftUp(size++);
        } else if (k > 0 && (score > scores[0] || score == scores[0]
                && KernBlock.compareIds(high, low, idHigh[0], idLow[0]) < 0)) {
            set(0, score, position, high, low);
            siftDown(0, size);
        }
    }

    /** The kept positions, best first. Empties the heap. */
    int[] bestFirst() {
        int[] out = new int[size];
        for (int i = size - 1; i >= 0; i--) {
            out[i] = positions[0];
            int last = --size;
            set(0, scores[last], positions[last], idHigh[last], idLow[last]);
            siftDown(0, size);
        }
        return out;
    }

    private void set(int i, double score, int position, long high, long low) {
        scores[i] = score;
        positions[i] = position;
        idHigh[i] = high;
        idLow[i] = low;
    }

    /** Whether the pair at a beats the pair at b. */
    private boolean better(int a, int b) {
        if (scores[a] != scores[b]) {
            return scores[a] > scores[b];
        }
        return KernBlock.compareIds(idHigh[a], idLow[a], idHigh[b], idLow[b]) < 0;
    }

    private void siftUp(int i) {
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!better(parent, i)) {
                break;
            }
            swap(i, parent);
            i = parent;
        }
    }

    /** The root holds the worst kept pair; a child that is worse than its parent moves up. */
    private void siftDown(int i, int n) {
        while (true) {
            int left = 2 * i + 1;
            if (left >= n) {
                return;
            }
            int worst = left;
            int right = left + 1;
            if (right < n && better(left, right)) {
                worst = right;
            }
            if (!better(i, worst)) {
                return;
            }
            swap(i, worst);
            i = worst;
        }
    }

    private void swap(int a, int b) {
        double score = scores[a];
        scores[a] = scores[b];
        scores[b] = score;
        int position = positions[a];
        positions[a] = positions[b];
        positions[b] = position;
        long high = idHigh[a];
        idHigh[a] = idHigh[b];
        idHigh[b] = high;
        long low = idLow[a];
        idLow[a] = idLow[b];
        idLow[b] = low;
    }
}
