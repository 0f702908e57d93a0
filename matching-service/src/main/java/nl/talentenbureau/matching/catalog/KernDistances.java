package nl.talentenbureau.matching.catalog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Every kern numbered, with a kern-to-kern distance table (haversine between centroids) computed once: matching
 * asks for distances millions of times and there are only a few dozen kernen.
 */
public final class KernDistances {

    private final List<Kern> kernen;
    private final Map<String, Integer> positions = new HashMap<>();
    private final double[] km;

    public KernDistances(List<Kern> kernen) {
        this.kernen = List.copyOf(kernen);
        int n = kernen.size();
        for (int i = 0; i < n; i++) {
            if (positions.put(kernen.get(i).code(), i) != null) {
                throw new IllegalArgumentException("kern listed twice: " + kernen.get(i).code());
            }
        }
        km = new double[n * n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                km[a * n + b] = a == b ? 0 : kernen.get(a).kmTo(kernen.get(b));
            }
        }
    }

    public int size() {
        return kernen.size();
    }

    public Kern kern(int position) {
        return kernen.get(position);
    }

    public List<Kern> kernen() {
        return kernen;
    }

    public int position(String code) {
        Integer position = positions.get(code);
        if (position == null) {
            throw new NoSuchElementException("unknown kern: " + code);
        }
        return position;
    }

    public boolean knows(String code) {
        return positions.containsKey(code);
    }

    public double km(int from, int to) {
        return km[from * kernen.size() + to];
    }

    public double km(String from, String to) {
        return km(position(from), position(to));
    }
}
