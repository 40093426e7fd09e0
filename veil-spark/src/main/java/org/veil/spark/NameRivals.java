package org.veil.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Inputs that may compete for one output name, found by the first pass. Every output name holds the instance's UID
 * ({@code {instance}} is required in a naming pattern; the remapped UID is a keyed function of the original), so only
 * inputs whose instance UIDs are equal (compared as a name writes them) can collide. A one-thread folder run gives the
 * name to the first of them in listing order that reaches the write; the job keeps each set of rivals in one
 * partition in listing order ({@link SizeBalance#partitionUnits}), so the same input keeps it whatever the timing of
 * the tasks, and the others meet the duplicate policy as in the folder run.
 */
final class NameRivals {
    /** The instance digest of every input that shares it with another input, by listing order. */
    private final Map<Long, Long> shared;

    private NameRivals(Map<Long, Long> shared) {
        this.shared = shared;
    }

    static NameRivals of(List<FirstLook> looks) {
        long[] digests = new long[looks.size()];
        for (int i = 0; i < digests.length; i++) {
            digests[i] = looks.get(i).instance();
        }
        Arrays.sort(digests);
        Set<Long> repeated = new HashSet<>();
        for (int i = 1; i < digests.length; i++) {
            if (digests[i] == digests[i - 1]) {
                repeated.add(digests[i]);
            }
        }
        Map<Long, Long> shared = new HashMap<>();
        if (!repeated.isEmpty()) {
            looks.stream().filter(l -> repeated.contains(l.instance()))
                    .forEach(l -> shared.put(l.order(), l.instance()));
        }
        return new NameRivals(shared);
    }

    /** The inputs as units for {@link SizeBalance#partitionUnits}: each set of rivals one unit, the others alone. */
    List<List<InputFile>> units(List<InputFile> inputs) {
        Map<Long, List<InputFile>> sets = new HashMap<>();
        List<List<InputFile>> units = new ArrayList<>(inputs.size());
        for (InputFile f : inputs) {
            Long instance = shared.get(f.order());
            if (instance == null) {
                units.add(List.of(f));
                continue;
            }
            sets.computeIfAbsent(instance, i -> {
                List<InputFile> set = new ArrayList<>();
                units.add(set);
                return set;
            }).add(f);
        }
        return units;
    }

    /** How many inputs share their instance UID with another input. */
    int rivals() {
        return shared.size();
    }
}
