package org.veil.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class JobArgumentsTest {

    @Test
    void deidOptions_reachTheRunOptions() {
        JobArguments a = JobArguments.parse(List.of("in", "out", "--option", "retain-uids", "--option",
                "clean-descriptors", "--duplicates", "keep-first", "--partitions", "12", "--master", "local[3]"));
        assertEquals("in", a.in());
        assertEquals("out", a.out());
        assertEquals(12, a.partitions());
        assertEquals("local[3]", a.master());
        assertEquals(List.of("retain-uids", "clean-descriptors"), a.runOptions().options());
        assertEquals(Integer.valueOf(1), a.runOptions().threads(), "one worker thread per task: Spark runs the tasks in parallel");
    }

    @Test
    void unknownOptionOrMissingPaths_aSentenceWithTheUsage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> JobArguments.parse(List.of("in", "out", "--password", "secret")));
        assertTrue(e.getMessage().startsWith("unknown option --password"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> JobArguments.parse(List.of("in")));
        assertTrue(e.getMessage().contains("expected IN and OUT"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> JobArguments.parse(List.of("in", "out", "--partitions", "0")));
        assertTrue(e.getMessage().contains("at least 1"), e.getMessage());
    }

    @Test
    void withoutKeystore_theKeyCheckSaysWhy() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> JobArguments.parse(List.of("in", "out")).checkKey());
        assertTrue(e.getMessage().contains("needs --keystore"), e.getMessage());
    }

    @Test
    void linkageOptions_defaultStoreBesideTheKeystore_driverMerges() {
        JobArguments a = JobArguments.parse(List.of("in", "out", "--keystore", "/keys/project.p12"));
        assertEquals("jdbc:h2:file:/keys/project.p12.linkage", a.linkageUrl());
        assertFalse(a.executorsWriteLinks());
        assertEquals(200, a.commitEvery());
        JobArguments b = JobArguments.parse(List.of("in", "out", "--keystore", "k.p12", "--linkage",
                "jdbc:postgresql://db/veil", "--linkage-writes", "executors", "--commit-every", "50", "--k", "5"));
        assertEquals("jdbc:postgresql://db/veil", b.linkageUrl());
        assertTrue(b.executorsWriteLinks());
        assertEquals(50, b.commitEvery());
        assertEquals(Integer.valueOf(5), b.k());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> JobArguments.parse(List.of("in", "out", "--linkage-writes", "everyone")));
        assertTrue(e.getMessage().contains("driver") && e.getMessage().contains("executors"), e.getMessage());
    }
}
