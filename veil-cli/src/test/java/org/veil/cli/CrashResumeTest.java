package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.synth.ImageSpec;
import org.veil.synth.SyntheticImage;
import org.veil.synth.SyntheticWriter;

/**
 * {@code veil deid} in a child JVM, killed with SIGKILL twice in the middle of a batch and then run to the end, must
 * leave exactly what one uninterrupted run with the same key leaves: the same output names and bytes, the same change
 * report and counts, no temporary file, and untouched inputs.
 */
class CrashResumeTest {
    private static final int FILES = 300;
    private static final ImageSpec SPEC = new ImageSpec("CT", "1.2.840.10008.5.1.4.1.1.2", 256, 256, 1);
    private static final Duration RUN_LIMIT = Duration.ofMinutes(5);

    @TempDir
    Path dir;
    private Path in;

    @AfterEach
    void restore() throws IOException {
        if (in != null) {
            BadInputs.restore(in);
        }
    }

    @Test
    void deid_killedTwiceMidBatchThenResumed_equalsUninterruptedRun() throws Exception {
        in = dir.resolve("in");
        long seed = new SplittableRandom().nextLong();
        for (int i = 0; i < FILES; i++) {
            Path f = in.resolve(String.format("p%d/s%d/IMG%04d", i % 7, i % 3, i));
            SyntheticWriter.write(f, SyntheticImage.header(seed, SPEC, i % 7, 0, i % 3, i), SPEC, seed + i);
        }
        boolean unreadable = BadInputs.add(in, in.resolve("p0/s0/IMG0000"));
        int inputs = FILES + BadInputs.COUNT;
        Map<String, String> inputsBefore = TreeDigest.of(in);
        Path key = dir.resolve("key.hex");
        byte[] secret = new byte[32];
        new SplittableRandom(seed).nextBytes(secret);
        Files.writeString(key, HexFormat.of().formatHex(secret));

        Path out = dir.resolve("out");
        int first = killAfter(start(key, out), out, 20, inputs);
        int second = killAfter(start(key, out), out, first + 20, inputs);
        assertTrue(second > first, "the second run made progress: " + first + " then " + second);
        assertEquals(Veil.PROBLEMS, finish(start(key, out)), "the resumed run ends with quarantined inputs");

        Path reference = dir.resolve("reference");
        assertEquals(Veil.PROBLEMS, finish(start(key, reference)));

        String msg = "seed " + seed;
        assertEquals(TreeDigest.of(reference, CrashResumeTest::isOutput), TreeDigest.of(out, CrashResumeTest::isOutput),
                "output names and bytes, " + msg);
        assertEquals(FILES, TreeDigest.of(out, CrashResumeTest::isOutput).size(), msg);
        assertEquals(sortedLines(Path.of(reference + ".veil/changes.jsonl")),
                sortedLines(Path.of(out + ".veil/changes.jsonl")), "change report, " + msg);
        assertEquals(journalWithoutOffsets(reference), journalWithoutOffsets(out), "journal, " + msg);
        assertEquals(counts(reference), counts(out), "summary counts, " + msg);
        assertEquals(inputs, journalWithoutOffsets(out).size(), "one journal entry per input, " + msg);
        assertEquals(List.of(), temporaryFiles(dir), msg);
        assertEquals(inputsBefore, TreeDigest.of(in), "inputs unchanged, " + msg);

        Path q = dir.resolve("out.quarantine");
        assertTrue(QuarantineEntries.reasonText(q, BadInputs.TRUNCATED)
                .matches("(?s).*truncated\\.dcm.*category: parse error\nreason: input [0-9a-f]+ @0x[0-9A-F]+.*"), msg);
        assertTrue(QuarantineEntries.reasonText(q, BadInputs.BAD_LENGTH)
                .matches("(?s).*pixel-length-too-long\\.dcm.*category: parse error\nreason: input [0-9a-f]+ "
                        + "@0x[0-9A-F]+ \\(7FE0,0010\\).*"), msg);
        assertTrue(QuarantineEntries.reasonText(q, BadInputs.BROKEN_LINK)
                .contains("category: unreadable\n"), msg);
        if (unreadable) {
            assertTrue(QuarantineEntries.reasonText(q, BadInputs.UNREADABLE)
                    .contains("permission denied"), msg);
        }
        assertTrue(Files.exists(QuarantineEntries.copy(q, BadInputs.TRUNCATED)), "quarantine holds a copy");
        assertEquals(Files.size(in.resolve(BadInputs.TRUNCATED)),
                Files.size(QuarantineEntries.copy(q, BadInputs.TRUNCATED)));
    }

    private static boolean isOutput(String rel) {
        return !rel.startsWith(".veil");
    }

    private Process start(Path key, Path out) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), Veil.class.getName(), "deid",
                in.toString(), out.toString(), "--threads", "1"));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("child.log").toFile()));
        pb.environment().put(RunKey.TEST_KEY_FILE, key.toString());
        return pb.start();
    }

    /** Kills the child with SIGKILL once the journal lists at least {@code atLeast} inputs; returns how many it had. */
    private static int killAfter(Process p, Path out, int atLeast, int inputs) throws Exception {
        long deadline = System.nanoTime() + RUN_LIMIT.toNanos();
        int done = entries(out);
        while (done < atLeast && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(2);
            done = entries(out);
        }
        p.destroyForcibly();
        assertTrue(p.waitFor(1, TimeUnit.MINUTES));
        done = entries(out);
        assertNotEquals(0, p.exitValue(), "the child was killed, not finished");
        assertTrue(done >= atLeast - 1 && done < inputs, "killed mid batch: " + done + " of " + inputs + " done");
        return done;
    }

    private static int finish(Process p) throws Exception {
        assertTrue(p.waitFor(RUN_LIMIT.toMinutes(), TimeUnit.MINUTES), "child run timed out");
        return p.exitValue();
    }

    private static int entries(Path out) throws IOException {
        Path j = Path.of(out + ".veil/journal.tsv");
        if (!Files.exists(j)) {
            return 0;
        }
        byte[] b = Files.readAllBytes(j);
        int lines = 0;
        for (byte x : b) {
            lines += x == '\n' ? 1 : 0;
        }
        return Math.max(0, lines - 1);
    }

    private static List<String> sortedLines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().sorted().toList();
    }

    /** Journal entries without the change report offset (which depends on the order inputs completed in). */
    private static List<String> journalWithoutOffsets(Path out) throws IOException {
        return Files.readAllLines(Path.of(out + ".veil/journal.tsv")).stream().skip(1)
                .map(l -> l.replaceFirst("^((?:[^\t]*\t){5})[^\t]*", "$1")).sorted().toList();
    }

    private static String counts(Path out) throws IOException {
        String json = Files.readString(Path.of(out + ".veil/summary.json"));
        return json.replaceAll("(?s).*(\"inputs\".*?)\"key\".*", "$1").replaceAll("\"resumed\" : \\d+,", "");
    }

    private static List<Path> temporaryFiles(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".veil-tmp")).toList();
        }
    }
}
