package nl.talentenbureau.matching.batch;

import java.util.Arrays;

/**
 * The exact batch solver: a min-cost flow by successive shortest paths with potentials (Dijkstra on reduced
 * costs), one unit of a request's need at a time.
 *
 * <p>
 * Network: request -> volunteer for each feasible pair (capacity 1), volunteer -> sink (remaining capacity), and
 * request -> sink "unfilled" (always open). Every unit of need must flow, so leaving a request unfilled is a
 * priced option rather than a missing path. Costs are lexicographic: a pair costs {@code (SCALE - weight) * M}, an
 * unfilled unit {@code SCALE * M + 1} with {@code M} above the total need; so the solver first maximises the total
 * score and, among equal totals, fills the most requests.
 *
 * <p>
 * Each search starts at the one request whose unit is being routed and stops when it reaches the sink: usually
 * after that request's own pairs (its best free volunteer), and further only where volunteers are contested. That
 * keeps it near-linear in the number of pairs on realistic instances, where a search from a super source would
 * scan every pair for every unit.
 */
public final class ExactAssignment implements AssignmentSolver {

    private static final long INF = Long.MAX_VALUE / 4;

    @Override
    public Proposals solve(BatchProblem problem) {
        return new Run(problem).solve();
    }

    /** The state of one solve: residual network, potentials and Dijkstra scratch space. */
    private static final class Run {

        private final BatchProblem problem;
        private final int requests;
        private final int sink;
        private final long[] cost;
        private final long unfilledCost;
        private final boolean[] flow;
        private final int[] requestOf;
        private final int[] used;
        /** per volunteer, the pairs currently assigned to it (the residual arcs back to their requests) */
        private final int[][] assigned;
        private final int[] assignedCount;
        private final long[] potential;
        private final long[] dist;
        private final int[] previous;
        private final boolean[] done;
        private int[] touched;
        private int touchedCount;
        private int sinkFromVolunteer;
        private int sinkFromRequest;
        private final MinHeap heap = new MinHeap();

        Run(BatchProblem problem) {
            this.problem = problem;
            requests = problem.requestCount();
            int volunteers = problem.volunteerCount();
            int nodes = requests + volunteers + 1;
            sink = nodes - 1;
            long m = problem.totalNeeded() + 1L;
            int pairs = problem.pairCount();
            cost = new long[pairs];
            requestOf = new int[pairs];
            for (int r = 0; r < requests; r++) {
                for (int p = problem.firstPair(r); p < problem.firstPair(r + 1); p++) {
                    cost[p] = (BatchProblem.SCALE - problem.pairWeight(p)) * m;
                    requestOf[p] = r;
                }
            }
            unfilledCost = BatchProblem.SCALE * m + 1;
            flow = new boolean[pairs];
            used = new int[volunteers];
            assigned = new int[volunteers][];
            assignedCount = new int[volunteers];
            potential = new long[nodes];
            dist = new long[nodes];
            Arrays.fill(dist, INF);
            previous = new int[nodes];
            done = new boolean[nodes];
            touched = new int[64];
        }

        Proposals solve() {
            // any order gives the optimum; the most constrained requests first makes fewer long searches
            Integer[] order = new Integer[requests];
            for (int r = 0; r < requests; r++) {
                order[r] = r;
            }
            Arrays.sort(order, (a, b) -> Integer.compare(problem.firstPair(a + 1) - problem.firstPair(a),
                    problem.firstPair(b + 1) - problem.firstPair(b)));
            for (int r : order) {
                for (int unit = 0; unit < problem.needed(r); unit++) {
                    route(r);
                }
            }
            return ProposalsBuilder.of(problem, flow);
        }

        /** Sends one unit from request {@code source} to the sink along a cheapest residual path. */
        private void route(int source) {
            sinkFromVolunteer = -1;
            sinkFromRequest = -1;
            relax(source, 0, -1);
            long reached = INF;
            while (!heap.isEmpty()) {
                long d = heap.topKey();
                int node = heap.pop();
                if (done[node] || d > dist[node]) {
                    continue;
                }
                done[node] = true;
                if (node == sink) {
                    reached = d;
                    break;
                }
                if (node < requests) {
                    expandRequest(node, d);
                } else {
                    expandVolunteer(node - requests, d);
                }
            }
            if (reached == INF) {
                throw new IllegalStateException("the unfilled arc always reaches the sink");
            }
            augment(source);
            // potential += min(dist, reached) - reached: only nodes closer than the sink change
            for (int t = 0; t < touchedCount; t++) {
                int node = touched[t];
                if (done[node] && dist[node] < reached) {
                    potential[node] += dist[node] - reached;
                }
                dist[node] = INF;
                done[node] = false;
            }
            touchedCount = 0;
            heap.clear();
        }

        private void expandRequest(int r, long d) {
            long base = d + potential[r];
            for (int p = problem.firstPair(r); p < problem.firstPair(r + 1); p++) {
                if (!flow[p]) {
                    int node = requests + problem.pairVolunteer(p);
                    relax(node, base + cost[p] - potential[node], p);
                }
            }
            long toSink = base + unfilledCost - potential[sink];
            if (toSink < dist[sink]) {
                relax(sink, toSink, -1);
                sinkFromRequest = r;
                sinkFromVolunteer = -1;
            }
        }

        private void expandVolunteer(int v, long d) {
            int node = requests + v;
            long base = d + potential[node];
            if (used[v] < problem.capacity(v)) {
                long toSink = base - potential[sink];
                if (toSink < dist[sink]) {
                    relax(sink, toSink, -1);
                    sinkFromVolunteer = v;
                    sinkFromRequest = -1;
                }
            }
            int[] pairs = assigned[v];
            for (int a = 0; a < assignedCount[v]; a++) {
                int p = pairs[a];
                int r = requestOf[p];
                relax(r, base - cost[p] - potential[r], p);
            }
        }

        private void relax(int node, long d, int via) {
            if (d < dist[node] && !done[node]) {
                if (dist[node] == INF) {
                    if (touchedCount == touched.length) {
                        touched = Arrays.copyOf(touched, touchedCount * 2);
                    }
                    touched[touchedCount++] = node;
                }
                dist[node] = d;
                previous[node] = via;
                heap.push(d, node);
            }
        }

        /** Walks the path back from the sink, flipping each pair on it. */
        private void augment(int source) {
            int node;
            if (sinkFromVolunteer >= 0) {
                used[sinkFromVolunteer]++;
                node = requests + sinkFromVolunteer;
            } else {
                node = sinkFromRequest;
            }
            while (node != source) {
                int p = previous[node];
                if (node >= requests) {
                    // reached this volunteer by a new pair from its request
                    int v = node - requests;
                    flow[p] = true;
                    add(v, p);
                    node = requestOf[p];
                } else {
                    // reached this request by taking back one of its pairs from a volunteer
                    int v = problem.pairVolunteer(p);
                    flow[p] = false;
                    remove(v, p);
                    node = requests + v;
                }
            }
        }

        private void add(int v, int p) {
            if (assigned[v] == null) {
                assigned[v] = new int[Math.max(1, problem.capacity(v))];
            } else if (assignedCount[v] == assigned[v].length) {
                assigned[v] = Arrays.copyOf(assigned[v], assignedCount[v] * 2);
            }
            assigned[v][assignedCount[v]++] = p;
        }

        private void remove(int v, int p) {
            int[] pairs = assigned[v];
            for (int a = 0; a < assignedCount[v]; a++) {
                if (pairs[a] == p) {
                    pairs[a] = pairs[--assignedCount[v]];
                    return;
                }
            }
            throw new IllegalStateException("pair " + p + " was not assigned to volunteer " + v);
        }
    }

    /** A binary min-heap of (key, node) with lazy deletion: stale entries are skipped when popped. */
    private static final class MinHeap {

        private long[] keys = new long[256];
        private int[] nodes = new int[256];
        private int size;

        boolean isEmpty() {
            return size == 0;
        }

        void clear() {
            size = 0;
        }

        long topKey() {
            return keys[0];
        }

        void push(long key, int node) {
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                nodes = Arrays.copyOf(nodes, size * 2);
            }
            int i = size++;
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                if (keys[parent] <= key) {
                    break;
                }
                keys[i] = keys[parent];
                nodes[i] = nodes[parent];
                i = parent;
            }
            keys[i] = key;
            nodes[i] = node;
        }

        int pop() {
            int top = nodes[0];
            long key = keys[--size];
            int node = nodes[size];
            int i = 0;
            while (true) {
                int child = 2 * i + 1;
                if (child >= size) {
                    break;
                }
                if (child + 1 < size && keys[child + 1] < keys[child]) {
                    child++;
                }
                if (keys[child] >= key) {
                    break;
                }
                keys[i] = keys[child];
                nodes[i] = nodes[child];
                i = child;
            }
            keys[i] = key;
            nodes[i] = node;
            return top;
        }
    }
}
