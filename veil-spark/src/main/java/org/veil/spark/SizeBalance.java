package org.veil.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Spreads inputs over partitions so that each holds about the same number of bytes: largest first, each to the
 * partition with the fewest bytes so far (the longest-processing-time rule, within 4/3 of the best balance).
 */
final class SizeBalance {
    private SizeBalance() {
    }

    static List<List<InputFile>> partition(List<InputFile> inputs, int partitions) {
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
        List<InputFile> bySize = new ArrayList<>(inputs);
        bySize.sort(Comparator.comparingLong(InputFile::size).reversed().thenComparingLong(InputFile::order));
        for (InputFile f : bySize) {
            long[] lightest = load.poll();
            out.get((int) lightest[1]).add(f);
            lightest[0] += Math.max(1, f.size());
            load.add(lightest);
        }
        return out;
    }
}
