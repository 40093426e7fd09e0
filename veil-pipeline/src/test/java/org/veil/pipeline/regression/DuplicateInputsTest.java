package org.veil.pipeline.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.deid.engine.DeidConfig;
import org.veil.deid.pseudo.ProjectKey;
import org.veil.pipeline.DuplicatePolicy;
import org.veil.pipeline.folder.RunSummary;

/**
 * Issue 13 item 10: the same instance twice in one input (same SOP Instance UID, e.g. two transfer syntaxes) was
 * always quarantined with a reason naming the other input by an opaque id. Quarantine stays the default, its reason
 * names the colliding input by its relative path; keep-first skips the later copy; keep-all writes it under a new
 * keyed SOP Instance UID and records which output it copies.
 */
@Tag("regression")
class DuplicateInputsTest {
    @TempDir
    Path tmp;

    private Path inputs() throws Exception {
        Path in = tmp.resolve("in");
        Delivery.write(Delivery.ct("P1", null, "1.2.6.1", "1.2.6.1.1.1"), in.resolve("series/first.dcm"));
        Delivery.write(Delivery.ct("P1", null, "1.2.6.1", "1.2.6.1.1.1"), in.resolve("series/second.dcm"));
        return in;
    }

    @Test
    void duplicates_quarantineByDefault_keepFirst_keepAll() throws Exception {
        Path in = inputs();
        ProjectKey key = ProjectKey.random();
        DeidConfig config = DeidConfig.builder().key(key).build();

        RunSummary q = Delivery.run(in, tmp.resolve("q"), config);
        assertEquals(1, q.counts().written());
        assertEquals(1, q.counts().quarantined());
        String reason;
        try (Stream<Path> s = Files.walk(tmp.resolve("q.quarantine"))) {
            Path r = s.filter(p -> p.toString().endsWith(".reason.txt")).findFirst().orElseThrow();
            reason = Files.readString(r);
        }
        assertTrue(reason.contains("series/first.dcm") && reason.contains("series/second.dcm"),
                "the reason names both inputs by relative path: " + reason);

        RunSummary first = Delivery.run(in, tmp.resolve("kf"), config, DuplicatePolicy.KEEP_FIRST);
        assertEquals(1, first.counts().written());
        assertEquals(1, first.counts().skipped());
        assertEquals(0, first.counts().quarantined());

        RunSummary all = Delivery.run(in, tmp.resolve("ka"), config, DuplicatePolicy.KEEP_ALL);
        assertEquals(2, all.counts().written(), Delivery.text(all));
        List<String> names = Delivery.outputs(tmp.resolve("ka"));
        assertEquals(2, names.size());
        String a = Delivery.string(Delivery.read(tmp.resolve("ka").resolve(names.get(0))).dataset(), 0x00080018);
        String b = Delivery.string(Delivery.read(tmp.resolve("ka").resolve(names.get(1))).dataset(), 0x00080018);
        assertNotEquals(a, b, "the later copy has its own SOP Instance UID");
        assertTrue(a.startsWith("2.25.") && b.startsWith("2.25."));
        String report = Files.readString(tmp.resolve("ka.veil/changes.jsonl"));
        assertTrue(report.contains("\"copy\"") && (report.contains(names.get(0)) && report.contains(names.get(1))),
                "the change report relates the copy to the output it copies: " + report);
        assertEquals(1L, all.counts().actions().get("copy"));
    }
}
