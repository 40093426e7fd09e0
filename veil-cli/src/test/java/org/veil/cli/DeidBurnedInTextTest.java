package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.io.DicomFile;
import org.veil.dicom.io.DicomReader;
import org.veil.synth.BurnedInWorkload;

/** {@code veil deid --option clean-pixel-data} on images with burned-in text and no pixel rule. */
class DeidBurnedInTextTest {
    @TempDir
    Path dir;

    private static byte[] secret() {
        byte[] b = new byte[32];
        new java.util.SplittableRandom(15).nextBytes(b);
        return b;
    }

    @Test
    void deid_cleanPixelDataDefaultPolicy_detectsAndRemovesTextReportsPositionsOnly() throws Exception {
        Path in = dir.resolve("in");
        BurnedInWorkload.images(in, 1, 15);
        DicomFile original = DicomReader.read(in.resolve("sc0000.dcm"));
        String name = DatasetView.of(original.dataset()).string(0x00100010);
        Path out = dir.resolve("out");
        Path log = dir.resolve("deid.log");
        int code = ChildVeil.run(log, Map.of(RunKey.TEST_KEY_FILE, ChildVeil.keyFile(dir, secret()).toString()),
                "deid", in.toString(), out.toString(), "--option", "clean-pixel-data", "--threads", "1");
        assertEquals(Veil.OK, code, Files.readString(log));
        List<Path> outputs = DeidReferencesTest.outputs(out);
        assertEquals(1, outputs.size());
        DicomFile cleaned = DicomReader.read(outputs.get(0));
        assertEquals("NO", DatasetView.of(cleaned.dataset()).string(0x00280301));
        String changes = Files.readString(Path.of(out + ".veil").resolve("changes.jsonl"));
        assertTrue(changes.contains("\"action\":\"pixel-text\""), changes);
        assertTrue(changes.contains("policy detect: "), changes);
        for (String part : name.split("\\^")) {
            assertFalse(changes.toUpperCase().contains(part.toUpperCase()), "no text in the report");
        }
        var pd = cleaned.dataset().get(0x7FE00010);
        byte[] px = pd.bytes() != null ? pd.bytes() : pd.bulk().readAll();
        int white = 0;
        for (int i = 0; i < 512 * 60 * 2; i += 2) {
            white += ((px[i] & 0xFF) | (px[i + 1] & 0xFF) << 8) == 4095 ? 1 : 0;
        }
        assertEquals(0, white, "the name and ID (drawn at 4095 in the top rows) are gone");
    }

    @Test
    void deid_unknownPixelPolicy_usageError() throws Exception {
        Path log = dir.resolve("deid.log");
        Files.createDirectories(dir.resolve("in"));
        int code = ChildVeil.run(log, Map.of(RunKey.TEST_KEY_FILE, ChildVeil.keyFile(dir, secret()).toString()),
                "deid", dir.resolve("in").toString(), dir.resolve("out").toString(), "--option", "clean-pixel-data",
                "--pixel-policy", "maybe");
        assertEquals(Veil.USAGE, code, Files.readString(log));
        assertTrue(Files.readString(log).contains("unknown pixel policy 'maybe'"), Files.readString(log));
    }
}
