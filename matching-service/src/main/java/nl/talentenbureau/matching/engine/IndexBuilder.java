package nl.talentenbureau.matching.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import nl.talentenbureau.matching.catalog.Codes;
import nl.talentenbureau.matching.catalog.KernDistances;
import nl.talentenbureau.matching.profile.VolunteerProfile;

/**
 * Lays volunteer profiles out as the index's {@link KernBlock}s: the full build (every kern once, no per-volunteer
 * objects beyond the rows' own arrays) and an in-place change (only the kernen a change touches, the other blocks
 * shared).
 */
final class IndexBuilder {

    private IndexBuilder() {
    }

    static VolunteerIndex build(Collection<VolunteerProfile> profiles, KernDistances kernen, Codes talents,
            Codes trainings, Weights weights) {
        Objects.requireNonNull(weights, "weights");
        Set<String> spoken = new HashSet<>();
        int[] kernOf = new int[profiles.size()];
        int[] perKern = new int[kernen.size()];
        int v = 0;
        for (VolunteerProfile p : profiles) {
            spoken.addAll(p.languages());
            int kern = kernOf[v++] = kernPosition(p, kernen);
            perKern[kern]++;
        }
        Codes languages = Codes.of(List.copyOf(new TreeSet<>(spoken)));
        KernBlock.Builder[] builders = new KernBlock.Builder[kernen.size()];
        for (int k = 0; k < builders.length; k++) {
            builders[k] = new KernBlock.Builder(k, perKern[k], trainings.size());
        }
        v = 0;
        for (VolunteerProfile p : profiles) {
            builders[kernOf[v++]].add(p, talents, trainings, languages);
        }
        KernBlock[] blocks = new KernBlock[kernen.size()];
        for (int k = 0; k < blocks.length; k++) {
            blocks[k] = builders[k].build();
        }
        return new VolunteerIndex(kernen, talents, trainings, languages, blocks, weights);
    }

    /**
     * The index with these volunteers added or replaced and those removed. Only the blocks of the kernen the changed
     * volunteers lived in or move to are laid out again, from their old rows and the new profiles; the same layout
     * as a full build of the resulting set (blocks are ordered by travel distance then id, whatever the history).
     */
    static VolunteerIndex change(VolunteerIndex index, Collection<VolunteerProfile> upserts,
            Collection<UUID> removals) {
        Map<UUID, VolunteerProfile> byId = new LinkedHashMap<>();
        for (VolunteerProfile p : upserts) {
            if (byId.put(p.id(), p) != null) {
                throw new IllegalArgumentException("volunteer listed twice: " + p.id());
            }
        }
        for (UUID id : removals) {
            if (byId.containsKey(id)) {
                throw new IllegalArgumentException("volunteer both changed and removed: " + id);
            }
        }
        KernDistances kernen = index.kernen;
        Codes languages = withSpoken(index.languages, byId.values());
        KernBlock[] blocks = index.blocks.clone();
        // per touched kern: the rows that go (replaced or removed) and the profiles that come
        Map<Integer, Set<Integer>> leaving = new HashMap<>();
        Map<Integer, List<VolunteerProfile>> arriving = new HashMap<>();
        List<UUID> changed = new ArrayList<>(byId.keySet());
        changed.addAll(removals);
        for (UUID id : changed) {
            for (KernBlock block : blocks) {
                int row = block.row(id);
                if (row >= 0) {
                    leaving.computeIfAbsent(block.kern, k -> new HashSet<>()).add(row);
                    break;
                }
            }
        }
        for (VolunteerProfile p : byId.values()) {
            arriving.computeIfAbsent(kernPosition(p, kernen), k -> new ArrayList<>()).add(p);
        }
        Set<Integer> touched = new HashSet<>(leaving.keySet());
        touched.addAll(arriving.keySet());
        for (int k : touched) {
            KernBlock old = blocks[k];
            Set<Integer> gone = leaving.getOrDefault(k, Set.of());
            List<VolunteerProfile> come = arriving.getOrDefault(k, List.of());
            KernBlock.Builder builder = new KernBlock.Builder(k, old.size - gone.size() + come.size(),
                    index.trainings.size());
            for (int j = 0; j < old.size; j++) {
                if (!gone.contains(j)) {
                    builder.copy(old, j);
                }
            }
            for (VolunteerProfile p : come) {
                builder.add(p, index.talents, index.trainings, languages);
            }
            blocks[k] = builder.build();
        }
        return new VolunteerIndex(kernen, index.talents, index.trainings, languages, blocks, index.weights());
    }

    /** The language codes with the new ones appended: rows written with the old codes keep their meaning. */
    private static Codes withSpoken(Codes languages, Collection<VolunteerProfile> profiles) {
        TreeSet<String> added = new TreeSet<>();
        for (VolunteerProfile p : profiles) {
            for (String language : p.languages()) {
                if (languages.position(language).isEmpty()) {
                    added.add(language);
                }
            }
        }
        if (added.isEmpty()) {
            return languages;
        }
        List<String> codes = new ArrayList<>(languages.codes());
        codes.addAll(added);
        return Codes.of(codes);
    }

    private static int kernPosition(VolunteerProfile p, KernDistances kernen) {
        if (!kernen.knows(p.homeKern())) {
            throw new IllegalArgumentException("volunteer " + p.id() + " lives in unknown kern " + p.homeKern());
        }
        return kernen.position(p.homeKern());
    }

    static int[] offsets(KernBlock[] blocks) {
        int[] offsets = new int[blocks.length + 1];
        for (int k = 0; k < blocks.length; k++) {
            offsets[k + 1] = offsets[k] + blocks[k].size;
        }
        return offsets;
    }

    /** The block holding a position: the last k with offsets[k] <= position (empty blocks repeat an offset). */
    static int blockOf(int[] offsets, int position) {
        int low = 0;
        int high = offsets.length - 2;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (offsets[mid] <= position) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }
}
