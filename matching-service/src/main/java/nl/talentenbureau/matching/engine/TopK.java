package nl.talentenbureau.matching.engine;

/**
 * The best {@code k} (score, volunteer) pairs seen so far, in a bounded min-heap on primitive arrays: O(n log k)
 * instead of sorting every eligible volunteer. "Better" is a higher score, then a lower id rank.
 */
final class TopK implements Scan.Sink {

    private final int k;
    private final int[] rank;
    private final double[] scores;
    private final int[] heapPositions;
    private int size;

    TopK(int k, int[] rank) {
        this.k = k;
        this.rank = rank;
        this.scores = new double[k];
        this.heapPositions = new int[k];
    }

    @Override
    public void accept(int position, double score) {
        if (k == 0) {
            return;
        }
        if (size < k) {
            scores[size] = score;
            heapPositions[size] = position;
            siftUp(size++);
        } else if (better(score, position, scores[0], heapPositions[0])) {
            scores[0] = score;
            heapPositions[0] = position;
            siftDown(0);
        }
    }

    /** The kept positions, best first. */
    int[] bestFirst() {
        int n = size;
        int[] out = new int[n];
        double[] s = scores.clone();
        int[] p = heapPositions.clone();
        for (int i = n - 1; i >= 0; i--) {
            out[i] = p[0];
            p[0] = p[i];
            s[0] = s[i];
            siftDown(s, p, 0, i);
        }
        return out;
    }

    private boolean better(double scoreA, int positionA, double scoreB, int positionB) {
        if (scoreA != scoreB) {
            return scoreA > scoreB;
        }
        return rank[positionA] < rank[positionB];
    }

    private void siftUp(int i) {
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!better(scores[parent], heapPositions[parent], scores[i], heapPositions[i])) {
                break;
            }
            swap(scores, heapPositions, i, parent);
            i = parent;
        }
    }

    private void siftDown(int i) {
        siftDown(scores, heapPositions, i, size);
    }

    /** The root holds the worst kept pair; a child that is worse than its parent moves up. */
    private void siftDown(double[] s, int[] p, int i, int n) {
        while (true) {
            int left = 2 * i + 1;
            if (left >= n) {
                return;
            }
            int worst = left;
            int right = left + 1;
            if (right < n && better(s[left], p[left], s[right], p[right])) {
                worst = right;
            }
            if (!better(s[i], p[i], s[worst], p[worst])) {
                return;
            }
            swap(s, p, i, worst);
            i = worst;
        }
    }

    private static void swap(double[] s, int[] p, int a, int b) {
        double score = s[a];
        s[a] = s[b];
        s[b] = score;
        int position = p[a];
        p[a] = p[b];
        p[b] = position;
    }
}
