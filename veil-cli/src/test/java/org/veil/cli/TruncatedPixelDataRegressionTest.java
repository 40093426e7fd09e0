package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13 item 6: encapsulated pixel data cut off at the end of the file (as in pydicom-data's
 * {@code emri_small_jpeg_2k_lossless_too_short.dcm}) is read with its complete fragments: {@code veil dump} shows it
 * with the warning, and {@code veil deid} quarantines it by default with a sentence that says why.
 */
@Tag("regression")
class TruncatedPixelDataRegressionTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int veil(String... args) {
        return Veil.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    /** A JPEG baseline file whose second fragment says 100 bytes but only 10 follow before the end of the file. */
    private Path truncatedFile() throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(new byte[128]);
        b.writeBytes("DICM".getBytes(StandardCharsets.US_ASCII));
        element(b, 0x0002, 0x0010, "UI", "1.2.840.10008.1.2.4.50\0");
        element(b, 0x0008, 0x0016, "UI", "1.2.840.10008.5.1.4.1.1.7\0");
        element(b, 0x0008, 0x0018, "UI", "1.2.826.0.1.3680043.2.1143.77\0");
        element(b, 0x0010, 0x0010, "PN", "Cutoff^Carla");
        element(b, 0x0010, 0x0020, "LO", "TRUNC-0042");
        element(b, 0x0020, 0x000D, "UI", "1.2.826.0.1.3680043.2.1143.78\0");
        le(b, 0x7FE0, 2);
        le(b, 0x0010, 2);
        b.writeBytes("OB".getBytes(StandardCharsets.US_ASCII));
        le(b, 0, 2);
        le(b, 0xFFFFFFFFL, 4);
        item(b, 0);
        item(b, 8);
        b.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2, 3, 4, (byte) 0xFF, (byte) 0xD9});
        item(b, 100);
        b.writeBytes(new byte[10]);
        Path in = Files.createDirectories(dir.resolve("in"));
        return Files.write(in.resolve("cut.dcm"), b.toByteArray());
    }

    private static void item(ByteArrayOutputStream b, long length) {
        le(b, 0xFFFE, 2);
        le(b, 0xE000, 2);
        le(b, length, 4);
    }

    private static void element(ByteArrayOutputStream b, int group, int element, String vr, String value) {
        le(b, group, 2);
        le(b, element, 2);
        b.writeBytes(vr.getBytes(StandardCharsets.US_ASCII));
        le(b, value.length(), 2);
        b.writeBytes(value.getBytes(StandardCharsets.US_ASCII));
    }

    private static void le(ByteArrayOutputStream b, long v, int size) {
        for (int i = 0; i < size; i++) {
            b.write((int) (v >>> (8 * i)));
        }
    }

    @Test
    void deid_truncatedEncapsulatedPixelData_quarantinedWithASentence() throws Exception {
        Path file = truncatedFile();
        Path outDir = dir.resolve("out");
        Path quarantine = dir.resolve("q");

        int exit = veil("deid", file.getParent().toString(), outDir.toString(), "--quarantine", quarantine.toString(),
                "--threads", "1");

        assertEquals(Veil.PROBLEMS, exit, err.toString());
        String reason = QuarantineEntries.reasonText(quarantine, "cut.dcm");
        assertTrue(reason.contains("(7FE0,0010): encapsulated pixel data truncated at end of file: item 2 has length "
                + "100 but 10 bytes are left; the 2 complete item(s) before it are kept. The encapsulated pixel data is "
                + "cut off at the end of the file, so the image is incomplete"), reason);
        assertTrue(reason.contains("category: parse error"), reason);
        try (Stream<Path> s = Files.walk(outDir)) {
            List<Path> written = s.filter(p -> p.toString().endsWith(".dcm")).toList();
            assertEquals(List.of(), written);
        }
    }

    @Test
    void dump_truncatedEncapsulatedPixelData_showsFragmentsAndTheWarning() throws Exception {
        Path file = truncatedFile();

        int exit = veil("dump", file.toString());

        assertEquals(Veil.OK, exit, err.toString());
        String text = out.toString();
        assertTrue(text.contains("(7FE0,0010)"), text);
        assertTrue(text.contains("encapsulated pixel data truncated at end of file"), text);
    }
}
