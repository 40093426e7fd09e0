package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.synth.ImageSpec;
import org.veil.synth.SyntheticImage;
import org.veil.synth.SyntheticWriter;

/** Two separate JVMs with different thread counts, same key and input: byte-identical output trees. */
class DeidDeterminismTest {
    private static final ImageSpec SPEC = new ImageSpec("CT", "1.2.840.10008.5.1.4.1.1.2", 64, 64, 1);

    @TempDir
    Path dir;

    @Test
    void deid_oneThreadAndFourThreads_identicalOutputTrees() throws Exception {
        long seed = new SplittableRandom().nextLong();
        Path in = dir.resolve("in");
        for (int i = 0; i < 60; i++) {
            SyntheticWriter.write(in.resolve(String.format("p%d/s%d/IMG%03d", i % 5, i % 3, i)),
                    SyntheticImage.header(seed, SPEC, i % 5, i % 2, i % 3, i), SPEC, seed + i);
        }
        byte[] secret = new byte[32];
        new SplittableRandom(seed).nextBytes(secret);
        Map<String, String> env = Map.of(RunKey.TEST_KEY_FILE, ChildVeil.keyFile(dir, secret).toString());
        Path log = dir.resolve("child.log");
        assertEquals(0, ChildVeil.run(log, env, "deid", in.toString(), dir.resolve("a").toString(), "--threads", "1"));
        assertEquals(0, ChildVeil.run(log, env, "deid", in.toString(), dir.resolve("b").toString(), "--threads", "4"));

        String msg = "seed " + seed;
        Map<String, String> a = TreeDigest.of(dir.resolve("a"), rel -> !rel.startsWith(".veil"));
        assertEquals(60, a.size(), msg);
        assertEquals(a, TreeDigest.of(dir.resolve("b"), rel -> !rel.startsWith(".veil")), msg);
        assertEquals(sorted(dir.resolve("a.veil/changes.jsonl")), sorted(dir.resolve("b.veil/changes.jsonl")), msg);
    }

    private static List<String> sorted(Path file) throws Exception {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().sorted().toList();
    }
}
