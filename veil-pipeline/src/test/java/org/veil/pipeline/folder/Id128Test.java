package org.veil.pipeline.folder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.veil.testkit.RecordMethods;

/** {@link Id128}'s written-out {@code equals} and {@code hashCode} give what the record's generated ones give. */
class Id128Test {
    @Test
    void equalsAndHashCode_sameAsGenerated() {
        SplittableRandom random = new SplittableRandom(23);
        long[] edges = {0, 1, -1, Long.MIN_VALUE, Long.MAX_VALUE, 0x8000_0000L, 0xFFFF_FFFFL};
        for (int i = 0; i < 2_000; i++) {
            long hi = i < edges.length ? edges[i] : random.nextLong();
            long lo = i < edges.length ? edges[edges.length - 1 - i] : random.nextLong();
            Id128 id = new Id128(hi, lo);
            assertEquals(RecordMethods.generatedHashCode(id), id.hashCode());
            for (Object other : new Object[] {new Id128(hi, lo), new Id128(hi, lo + 1), new Id128(hi ^ 1, lo),
                    new Id128(lo, hi), null, "text"}) {
                assertEquals(RecordMethods.generatedEquals(id, other), id.equals(other));
            }
        }
    }
}
