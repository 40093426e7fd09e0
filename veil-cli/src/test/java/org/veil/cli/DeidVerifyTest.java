package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.dicom.VR;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.io.DicomFile;
import org.veil.dicom.io.DicomReader;
import org.veil.dicom.io.DicomWriter;
import org.veil.dicom.io.WriteOptions;
import org.veil.synth.ImageSpec;
import org.veil.synth.SyntheticImage;
import org.veil.synth.SyntheticWriter;

/**
 * {@code veil deid --verify} on inputs full of fake PHI reports CLEAN (Basic Profile, and clean-descriptors with
 * pseudonyms in free text); {@code veil verify} finds a value planted in a copy of the output; the verification step
 * does not log the inputs' read warnings a second time.
 */
class DeidVerifyTest {
    private static final ImageSpec SPEC = new ImageSpec("CT", "1.2.840.10008.5.1.4.1.1.2", 16, 16, 1);
    private static final int IMAGE_COMMENTS = 0x00204000;
    private static final String TRAILING_ZEROS = "zero bytes after the last element";

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int veil(String... args) {
        return Veil.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    private Path inputs(long seed, int count) throws Exception {
        Path in = dir.resolve("in");
        for (int i = 0; i < count; i++) {
            SyntheticWriter.write(in.resolve("p" + i % 3 + "/IMG" + i + ".dcm"),
                    SyntheticImage.header(seed, SPEC, i % 3, i % 2, 0, i), SPEC, seed + i);
        }
        return in;
    }

    @Test
    void deidVerify_basicProfile_printsCleanAndExits0() throws Exception {
        long seed = new SplittableRandom().nextLong();
        Path in = inputs(seed, 9);
        int code = veil("deid", in.toString(), dir.resolve("out").toString(), "--verify", "--threads", "2");
        assertEquals(Veil.OK, code, "seed " + seed + "\n" + out + err);
        assertTrue(out.toString().contains("\nCLEAN\n"), out.toString());
        assertTrue(out.toString().contains("9 pair(s)"), out.toString());
    }

    @Test
    void deidVerify_cleanDescriptorsWithPseudonymText_printsCleanAndExits0() throws Exception {
        long seed = new SplittableRandom().nextLong();
        Path in = inputs(seed, 9);
        int code = veil("deid", in.toString(), dir.resolve("out").toString(), "--verify", "--threads", "2",
                "--option", "clean-descriptors", "--text-replacement", "PSEUDONYM");
        assertEquals(Veil.OK, code, "seed " + seed + "\n" + out + err);
        assertTrue(out.toString().contains("\nCLEAN\n"), out.toString());
    }

    @Test
    void verify_leakPlantedInCopyOfOutput_exit1NamingTheFile() throws Exception {
        long seed = new SplittableRandom().nextLong();
        Path in = inputs(seed, 6);
        Path outDir = dir.resolve("out");
        assertEquals(Veil.OK, veil("deid", in.toString(), outDir.toString(), "--threads", "1"), err.toString());
        Path copy = dir.resolve("copy");
        List<Path> outputs = DeidReferencesTest.outputs(outDir);
        for (Path p : outputs) {
            Path target = copy.resolve(outDir.relativize(p));
            Files.createDirectories(target.getParent());
            Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
        Files.copy(dir.resolve("out.veil/mapping.tsv"), dir.resolve("copy.mapping.tsv"));

        out.getBuffer().setLength(0);
        assertEquals(Veil.OK, veil("verify", in.toString(), copy.toString()), "the copy is clean: " + out);

        String planted = outDir.relativize(outputs.get(2)).toString();
        DicomFile f = DicomReader.read(outputs.get(2));
        String id = idOf(in, planted);
        DatasetView.of(f.dataset()).putString(IMAGE_COMMENTS, VR.LT, "see " + id + " for details");
        DicomWriter.write(f, copy.resolve(planted), WriteOptions.AS_READ);

        out.getBuffer().setLength(0);
        assertEquals(Veil.PROBLEMS, veil("verify", in.toString(), copy.toString()), out.toString());
        String report = out.toString();
        assertTrue(report.startsWith("NOT CLEAN"), report);
        assertTrue(report.contains("LEAK " + planted), "the finding names the file: " + report);
        assertTrue(!report.contains(id), "the report never prints the value");
    }

    /** The original Patient ID of the input that became {@code output}, from the mapping file. */
    private String idOf(Path in, String output) throws Exception {
        for (String line : Files.readAllLines(dir.resolve("out.veil/mapping.tsv"), StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (f.length >= 2 && f[1].equals(output)) {
                return DatasetView.of(DicomReader.read(in.resolve(f[0])).dataset()).string(0x00100020);
            }
        }
        throw new AssertionError(output + " not in the mapping file");
    }

    @Test
    void deidVerify_inputsWithReadWarnings_verificationDoesNotLogThemAgain() throws Exception {
        long seed = new SplittableRandom().nextLong();
        Path in = inputs(seed, 4);
        try (Stream<Path> s = Files.walk(in)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                Files.write(p, new byte[16], StandardOpenOption.APPEND);
            }
        }
        byte[] secret = new byte[32];
        new SplittableRandom(seed).nextBytes(secret);
        Map<String, String> env = Map.of(RunKey.TEST_KEY_FILE, ChildVeil.keyFile(dir, secret).toString());
        Path plain = dir.resolve("plain.log");
        Path verified = dir.resolve("verified.log");
        assertEquals(Veil.OK, ChildVeil.run(plain, env, "deid", in.toString(), dir.resolve("a").toString(),
                "--threads", "1"), "seed " + seed);
        assertEquals(Veil.OK, ChildVeil.run(verified, env, "deid", in.toString(), dir.resolve("b").toString(),
                "--threads", "1", "--verify"), Files.readString(verified));
        long withoutVerify = count(plain, TRAILING_ZEROS);
        assertTrue(withoutVerify >= 4, "each input's warning is logged by the run: " + Files.readString(plain));
        assertEquals(withoutVerify, count(verified, TRAILING_ZEROS), "the verification adds no warning lines: "
                + Files.readString(verified));
        assertTrue(Files.readString(verified).contains("\nCLEAN\n"), Files.readString(verified));
    }

    private static long count(Path log, String what) throws Exception {
        return Files.readAllLines(log, StandardCharsets.UTF_8).stream().filter(l -> l.contains(what)).count();
    }
}
