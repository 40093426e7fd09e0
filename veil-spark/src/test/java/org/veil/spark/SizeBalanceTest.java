package org.veil.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SizeBalanceTest {

    @Test
    void everyInputInExactlyOnePartition_bytesWithinTheLargestFileOfEachOther() {
        SplittableRandom r = new SplittableRandom(7);
        List<InputFile> inputs = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            inputs.add(new InputFile(i, "f" + i, 1 + r.nextLong(2_000_000)));
        }
        List<List<InputFile>> parts = SizeBalance.partition(inputs, 8);
        assertEquals(8, parts.size());
        assertEquals(500, parts.stream().mapToInt(List::size).sum());
        assertEquals(500, parts.stream().flatMap(List::stream).map(InputFile::order).distinct().count());
        long max = inputs.stream().mapToLong(InputFile::size).max().orElseThrow();
        long[] bytes = parts.stream().mapToLong(p -> p.stream().mapToLong(InputFile::size).sum()).toArray();
        long spread = java.util.Arrays.stream(bytes).max().orElseThrow() - java.util.Arrays.stream(bytes).min()
                .orElseThrow();
        assertTrue(spread <= max, "spread " + spread + " > largest file " + max);
    }

    @Test
    void oneHugeFile_getsAPartitionOfItsOwn() {
        List<InputFile> inputs = List.of(new InputFile(0, "big", 1_000_000), new InputFile(1, "a", 10),
                new InputFile(2, "b", 10), new InputFile(3, "c", 10));
        List<List<InputFile>> parts = SizeBalance.partition(inputs, 2);
        assertTrue(parts.contains(List.of(inputs.get(0))), parts.toString());
    }

    @Test
    void zeroPartitions_refused() {
        assertThrows(IllegalArgumentException.class, () -> SizeBalance.partition(List.of(), 0));
    }
}
