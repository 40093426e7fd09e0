package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs that need far more memory than the heap, de-identified by {@code veil deid} in a child JVM with
 * {@code -Xmx256m}: each ends in the quarantine with a sentence and the run exits 1, never silently dropped with exit
 * 0 (which an OutOfMemoryError in a worker used to do).
 */
class DeidMemoryTest {
    @TempDir
    Path dir;

    @Test
    void deid_deflateBombAndLargeTextsIn256MiBHeap_quarantinedWithSentenceAndExit1() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        HugeInputs.deflateBomb(in.resolve("bomb.dcm"), 48, 8 << 20);
        HugeInputs.largeTexts(in.resolve("texts.dcm"), 30, 9 << 20);
        assertTrue(Files.size(in.resolve("bomb.dcm")) < 2 << 20, "the deflated file is small");
        Path log = dir.resolve("child.log");
        Path out = dir.resolve("out");

        int exit = ChildVeil.runWith(List.of("-Xmx256m"), log,
                Map.of(RunKey.TEST_KEY_FILE, ChildVeil.keyFile(dir, "memory-test-key-0123456789abcdef"
                        .getBytes(java.nio.charset.StandardCharsets.US_ASCII)).toString()),
                "deid", in.toString(), out.toString(), "--threads", "2");

        String printed = Files.readString(log);
        assertEquals(Veil.PROBLEMS, exit, printed);
        assertTrue(!printed.contains("OutOfMemoryError") && !printed.contains("\tat "), printed);
        String summary = Files.readString(Path.of(out + ".veil/summary.json"));
        assertTrue(summary.replaceAll("\\s+", " ").contains("\"quarantined\" : { \"total\" : 2,"), summary);
        List<String> reasons = reasons(dir.resolve("out.quarantine"));
        assertEquals(2, reasons.size(), reasons.toString());
        for (String r : reasons) {
            assertTrue(r.contains("ReadLimits.maxLoadedBytes") || r.contains("the Java heap ran out"), r);
            assertTrue(!r.contains("Exception") && !r.contains("Error"), "a sentence, not a class name: " + r);
        }
    }

    @Test
    void dump_deflateBombIn256MiBHeap_sentenceAndExit3() throws Exception {
        Path bomb = dir.resolve("bomb.dcm");
        HugeInputs.deflateBomb(bomb, 48, 8 << 20);
        Path log = dir.resolve("dump.log");

        int exit = ChildVeil.runWith(List.of("-Xmx256m"), log, Map.of(), "dump", bomb.toString());

        String printed = Files.readString(log);
        assertEquals(Veil.INPUT, exit, printed);
        assertTrue(printed.contains("veil dump: " + bomb + " @0x"), printed);
        assertTrue(printed.contains("ReadLimits.maxLoadedBytes") && !printed.contains("\tat "), printed);
    }

    private static List<String> reasons(Path quarantine) throws IOException {
        try (Stream<Path> s = Files.walk(quarantine)) {
            return s.filter(p -> p.toString().endsWith(".reason.txt")).map(p -> {
                try {
                    return Files.readString(p);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }
}
