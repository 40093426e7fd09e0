package org.veil.synth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.testkit.Tool;

class WorkloadsTest {
    @TempDir
    Path dir;

    @Test
    void ct_sameSeed_sameBytes() throws Exception {
        Workloads.ct(dir.resolve("a"), 3, 2, 7);
        Workloads.ct(dir.resolve("b"), 3, 2, 7);
        List<Path> a = files(dir.resolve("a"));
        assertEquals(3, a.size());
        for (Path p : a) {
            Path q = dir.resolve("b").resolve(dir.resolve("a").relativize(p));
            assertArrayEquals(Files.readAllBytes(p), Files.readAllBytes(q), p.toString());
        }
        assertTrue(Files.size(a.get(0)) > 512 * 512 * 2);
    }

    @Test
    void small_files_areAboutTenKilobytes() throws Exception {
        Workloads.small(dir, 4, 2, 1);
        for (Path p : files(dir)) {
            long size = Files.size(p);
            assertTrue(size > 8_000 && size < 14_000, p + " " + size);
        }
    }

    @Test
    void ct_files_passDcmtkAndDciodvfyWithoutErrors() throws Exception {
        Tool.require("dcmdump");
        Tool.require("dciodvfy");
        Workloads.ct(dir, 1, 1, 3);
        Path f = files(dir).get(0);
        Tool.Result dump = Tool.run(Duration.ofSeconds(30), "dcmdump", "-q", f.toString());
        assertEquals(0, dump.exitCode(), dump.stderr());
        assertTrue(dump.stdout().contains("(0010,0010) PN ["), dump.stdout());
        Tool.Result v = Tool.run(Duration.ofSeconds(30), "dciodvfy", f.toString());
        assertFalse(v.stderr().contains("Error"), v.stderr());
    }

    private static List<Path> files(Path root) throws Exception {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
