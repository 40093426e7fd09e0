package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.io.DicomReader;
import org.veil.synth.ImageSpec;
import org.veil.synth.SyntheticImage;
import org.veil.synth.SyntheticWriter;
import org.veil.verify.MappingFile;

/**
 * Hostile input names and the modes of files that hold PHI, through {@code veil deid} in a child JVM: names with a tab
 * or a line break get their line in the mapping; a 250-character name, and inputs named {@code X} and
 * {@code X.reason.txt}, each get their own quarantine entry; the linkage store, the mapping and the quarantine are
 * the owner's only (600, folder 700), and the linkage store does not hold an original Patient ID in clear.
 */
class DeidNamesAndModesTest {
    private static final ImageSpec SPEC = new ImageSpec("CT", "1.2.840.10008.5.1.4.1.1.2", 32, 32, 1);
    private static final String LONG = "L".repeat(246) + ".dcm";

    @TempDir
    Path dir;

    private Path input(String name, int patient) throws IOException {
        Path f = dir.resolve("in").resolve(name);
        SyntheticWriter.write(f, SyntheticImage.header(5, SPEC, patient, 0, 0, patient), SPEC, 5 + patient);
        return f;
    }

    /** An input that cannot be parsed: its Pixel Data length runs past the end of the file. */
    private Path broken(String name, int patient) throws IOException {
        Path f = input(name, patient);
        Files.write(f, BadInputs.withPixelLength(Files.readAllBytes(f), 0x7FFFFFF0));
        return f;
    }

    @Test
    void deid_tabNewlineLongAndLookalikeNames_mappedAndQuarantinedApart() throws Exception {
        input("tab\there.dcm", 1);
        input("line\nbreak.dcm", 2);
        broken(LONG, 3);
        broken("X", 4);
        broken("X.reason.txt", 5);
        Path out = dir.resolve("out");

        int exit = ChildVeil.run(dir.resolve("log"), Map.of(RunKey.TEST_KEY_FILE, key().toString()), "deid",
                dir.resolve("in").toString(), out.toString(), "--threads", "2");

        assertEquals(Veil.PROBLEMS, exit, Files.readString(dir.resolve("log")));
        List<String> mapped = MappingFile.read(Path.of(out + ".veil/mapping.tsv")).stream()
                .map(MappingFile.Entry::input).sorted().toList();
        assertEquals(List.of("line\nbreak.dcm", "tab\there.dcm"), mapped);
        Path q = Path.of(out + ".quarantine");
        for (String name : List.of(LONG, "X", "X.reason.txt")) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("in").resolve(name)),
                    Files.readAllBytes(QuarantineEntries.copy(q, name)), name);
            assertTrue(QuarantineEntries.reasonText(q, name).contains("category: parse error\n"), name);
        }
        try (Stream<Path> s = Files.list(q)) {
            assertEquals(6, s.count(), "three copies and three reasons");
        }
    }

    @Test
    void deid_withKeystore_linkageMappingAndQuarantineOwnerOnlyAndStoreEncrypted() throws Exception {
        Path good = input("a.dcm", 1);
        broken("b.dcm", 2);
        String patientId = DatasetView.of(DicomReader.read(good).dataset()).string(0x00100020);
        Path pw = Files.writeString(dir.resolve("pw"), "correct horse battery staple\n");
        Path ks = dir.resolve("project.p12");
        Path log = dir.resolve("log");
        assertEquals(0, ChildVeil.run(log, Map.of(), "keys", "init", "--keystore", ks.toString(), "--password-file",
                pw.toString()));
        Path out = dir.resolve("out");

        int exit = ChildVeil.run(log, Map.of(), "deid", dir.resolve("in").toString(), out.toString(), "--keystore",
                ks.toString(), "--password-file", pw.toString());

        assertEquals(Veil.PROBLEMS, exit, Files.readString(log));
        Path store = dir.resolve("project.p12.linkage.mv.db");
        Path q = Path.of(out + ".quarantine");
        List<Path> privateFiles = new ArrayList<>(List.of(store, Path.of(out + ".veil/mapping.tsv")));
        try (Stream<Path> s = Files.list(q)) {
            privateFiles.addAll(s.toList());
        }
        assertEquals(4, privateFiles.size(), privateFiles.toString());
        for (Path p : privateFiles) {
            assertEquals("600", mode(p), p.toString());
        }
        assertEquals("700", mode(q));
        byte[] stored = Files.readAllBytes(store);
        assertFalse(new String(stored, StandardCharsets.ISO_8859_1).contains(patientId),
                "the original Patient ID " + patientId + " is not in the linkage store in clear");
    }

    @Test
    void deid_misreadVrBytes_reasonsNameOffsetAndTagButNoDataByte() throws Exception {
        Path f = input("odd-vr.dcm", 1);
        byte[] b = Files.readAllBytes(f);
        byte[] header = {0x10, 0x00, 0x10, 0x00, 'P', 'N'};
        int at = indexOf(b, header);
        b[at + 4] = 'Z';
        b[at + 5] = 'q';
        Files.write(f, b);
        Path out = dir.resolve("out");

        int exit = ChildVeil.run(dir.resolve("log"), Map.of(RunKey.TEST_KEY_FILE, key().toString()), "deid",
                dir.resolve("in").toString(), out.toString());

        assertEquals(Veil.PROBLEMS, exit, Files.readString(dir.resolve("log")));
        String reason = QuarantineEntries.reasonText(Path.of(out + ".quarantine"), "odd-vr.dcm");
        assertTrue(reason.contains("(0010,0010): the 2 bytes after the tag name no VR"), reason);
        for (Path p : List.of(Path.of(out + ".veil/summary.json"), Path.of(out + ".veil/journal.tsv"),
                QuarantineEntries.reason(Path.of(out + ".quarantine"), "odd-vr.dcm"))) {
            String text = Files.readString(p);
            assertFalse(text.contains("Zq") || text.contains("5A 71"), p + ": " + text);
        }
    }

    private static int indexOf(byte[] b, byte[] what) {
        for (int i = 0; i + what.length <= b.length; i++) {
            if (Arrays.equals(b, i, i + what.length, what, 0, what.length)) {
                return i;
            }
        }
        throw new AssertionError("not found");
    }

    private Path key() throws IOException {
        return ChildVeil.keyFile(dir, "names-and-modes-test-key-0123456".getBytes(StandardCharsets.US_ASCII));
    }

    /** The octal mode as {@code stat} prints it. */
    private static String mode(Path p) throws IOException, InterruptedException {
        Process stat = new ProcessBuilder("stat", "-c", "%a", p.toString()).redirectErrorStream(true).start();
        assertTrue(stat.waitFor(30, TimeUnit.SECONDS));
        return new String(stat.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    }
}
