package nl.talentenbureau.matching.catalog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Stable slugs (talents, trainings, languages) numbered 0..63, so a volunteer's set of them fits in one
 * {@code long}. The catalogues are small (16 talents, 6 trainings); 64 leaves room and keeps the index compact.
 */
public final class Codes {

    public static final int MAX = 64;

    private final List<String> codes;
    private final Map<String, Integer> positions;

    private Codes(List<String> codes) {
        if (codes.size() > MAX) {
            throw new IllegalArgumentException("at most " + MAX + " codes fit in a bitset, not " + codes.size());
        }
        this.codes = List.copyOf(codes);
        this.positions = new HashMap<>();
        for (int i = 0; i < codes.size(); i++) {
            if (positions.put(codes.get(i), i) != null) {
                throw new IllegalArgumentException("code listed twice: " + codes.get(i));
            }
        }
    }

    public static Codes of(List<String> codes) {
        return new Codes(codes);
    }

    public static Codes of(String... codes) {
        return new Codes(List.of(codes));
    }

    public int size() {
        return codes.size();
    }

    public String code(int position) {
        return codes.get(position);
    }

    public List<String> codes() {
        return codes;
    }

    /** The position of a known code; empty for a code this catalogue does not know. */
    public OptionalInt position(String code) {
        Integer position = positions.get(code);
        return position == null ? OptionalInt.empty() : OptionalInt.of(position);
    }

    /** The bit of a known code; 0 for an unknown one (a volunteer's unknown code simply never matches). */
    public long bit(String code) {
        Integer position = positions.get(code);
        return position == null ? 0L : 1L << position;
    }

    public long bits(Iterable<String> codes) {
        long bits = 0;
        for (String code : codes) {
            bits |= bit(code);
        }
        return bits;
    }
}
