package org.veil.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Spreads inputs over partitions so that each holds about the same number of bytes: largest first, each to the
 * partition with the fewest bytes so far (the longest-processing-time rule, within 4/3 of the best balance). Inputs
 * that must stay together (rivals for one output name, {@link NameRivals}) move as one unit; each partition lists its
 * inputs in listing order, so the first of such a unit in listing order is processed first.
 */
final class SizeBalance {
    private SizeBalance() {
    }

    static List<List<InputFile>> partition(List<InputFile> inputs, int partitions) {
        return partitionUnits(inputs.stream().map(List::of).toList(), partitions);
    }

    /** As {@link #partition}, each unit whole in one partition. */
    static List<List<InputFile>> partitionUnits(List<List<InputFile>> units, int partitions) {
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be at least 1, got " + partitions);
        }
        List<List<InputFile>> out = new ArrayList<>();
        PriorityQueue<long[]> load = new PriorityQueue<>(Comparator.<long[]>comparingLong(a -> a[0])
                .thenComparingLong(a -> a[1]));
        for (int i = 0; i < partitions; i++) {
            out.add(new ArrayList<>());
            load.add(new long[] {0, i});
        }
        List<List<InputFile>> bySize = new ArrayList<>(units);
        bySize.sort(Comparator.comparingLong(SizeBalance::bytes).reversed()
                .thenComparingLong(u -> u.get(0).order()));
        for (List<InputFile> u : bySize) {
            long[] lightest = load.poll();
            out.get((int) lightest[1]).addAll(u);
            lightest[0] += Math.max(1, bytes(u));
            load.add(lightest);
        }
        out.forEach(p -> p.sort(Comparator.comparingLong(InputFile::order)));
        return out;
    }

    private static long bytes(List<InputFile> unit) {
        long n = 0;
        for (InputFile f : unit) {
            n += f.size();
        }
        return n;
    }
}
