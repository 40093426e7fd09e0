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
    void rivalsForOneName_inOnePartitionInListingOrder() {
        List<InputFile> inputs = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            inputs.add(new InputFile(i, "f" + i, 1000 + i));
        }
        // inputs 2, 7 and 11 share an instance, 4 and 5 another; the rest are unique
        long[] instance = {100, 101, 9, 103, 8, 8, 106, 9, 108, 109, 110, 9};
        List<FirstLook> looks = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            looks.add(new FirstLook(i, "study", "", "p", instance[i]));
        }
        NameRivals rivals = NameRivals.of(looks);
        assertEquals(5, rivals.rivals());
        List<List<InputFile>> parts = SizeBalance.partitionUnits(rivals.units(inputs), 12);
        assertEquals(12, parts.stream().mapToInt(List::size).sum());
        List<InputFile> three = parts.stream().filter(p -> p.contains(inputs.get(2))).findFirst().orElseThrow();
        assertEquals(List.of(inputs.get(2), inputs.get(7), inputs.get(11)), three);
        List<InputFile> two = parts.stream().filter(p -> p.contains(inputs.get(4))).findFirst().orElseThrow();
        assertEquals(List.of(inputs.get(4), inputs.get(5)), two);
    }

    @Test
    void eachPartition_inListingOrder() {
        List<InputFile> inputs = List.of(new InputFile(0, "a", 10), new InputFile(1, "b", 30),
                new InputFile(2, "c", 20), new InputFile(3, "d", 40));
        for (List<InputFile> p : SizeBalance.partition(inputs, 2)) {
            assertEquals(p.stream().sorted(java.util.Comparator.comparingLong(InputFile::order)).toList(), p);
        }
    }

    @Test
    void defaultPartitions_sixteenPerSlot_atMostOnePerInput() {
        assertEquals(32, SparkDeidJob.partitions(2000, 2));
        assertEquals(16, SparkDeidJob.partitions(2000, 1));
        assertEquals(5, SparkDeidJob.partitions(5, 2));
        assertEquals(1, SparkDeidJob.partitions(0, 2));
    }

    @Test
    void zeroPartitions_refused() {
        assertThrows(IllegalArgumentException.class, () -> SizeBalance.partition(List.of(), 0));
    }
}
