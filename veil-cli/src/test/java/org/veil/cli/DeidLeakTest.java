package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.dicom.data.DatasetView;
import org.veil.synth.FakePerson;
import org.veil.synth.ImageSpec;
import org.veil.synth.SyntheticImage;
import org.veil.synth.SyntheticWriter;

/**
 * {@code veil deid --keystore} on inputs with fake PHI (also in the input paths, and with bad inputs that are
 * quarantined): no original name, patient ID, accession number or birth date may appear in anything the run leaves
 * outside the quarantine and the keystore's linkage store: standard output and error, logs, outputs, journal,
 * summary.json, changes.jsonl. The linkage store must still let the honest broker map a pseudonym back.
 */
class DeidLeakTest {
    private static final ImageSpec SPEC = new ImageSpec("CT", "1.2.840.10008.5.1.4.1.1.2", 32, 32, 1);
    private static final int PATIENTS = 4;
    private static final int ACCESSION = 0x00080050;

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
    void deidWithKeystore_fakePhiInputs_noOriginalValueInOutputsLogsOrReports() throws Exception {
        long seed = new SplittableRandom().nextLong();
        in = dir.resolve("in");
        Set<String> phi = new LinkedHashSet<>();
        Path first = null;
        for (int i = 0; i < 24; i++) {
            int patient = i % PATIENTS;
            FakePerson p = FakePerson.of(seed, patient);
            var header = SyntheticImage.header(seed, SPEC, patient, i % 2, 0, i);
            Path f = in.resolve(p.dicomName() + " " + p.id()).resolve("IMG" + i + ".dcm");
            SyntheticWriter.write(f, header, SPEC, seed + i);
            first = first == null ? f : first;
            phi.add(p.dicomName());
            phi.add(p.givenName() + " " + p.familyName());
            if (p.familyName().length() >= 5) {
                phi.add(p.familyName());
            }
            phi.add(p.id());
            phi.add(p.birthDate());
            phi.add(DatasetView.of(header).string(ACCESSION));
        }
        BadInputs.add(in, first);
        Path keystore = dir.resolve("keys/project.p12");
        Files.createDirectories(keystore.getParent());
        byte[] pw = new byte[18];
        new SplittableRandom().nextBytes(pw);
        Map<String, String> env = Map.of("VEIL_KEYSTORE_PASSWORD", HexFormat.of().formatHex(pw));
        Path log = dir.resolve("deid.log");
        assertEquals(0, ChildVeil.run(dir.resolve("keys.log"), env, "keys", "init", "--keystore",
                keystore.toString()));
        Path out = dir.resolve("out");
        assertEquals(Veil.PROBLEMS, ChildVeil.run(log, env, "deid", in.toString(), out.toString(), "--keystore",
                keystore.toString(), "--threads", "2"));

        String msg = "seed " + seed;
        List<Path> scanned = new ArrayList<>(List.of(log));
        for (Path folder : List.of(out, Path.of(out + ".veil"))) {
            try (Stream<Path> s = Files.walk(folder)) {
                // the mapping names original files: PHI by design, kept out of the delivery
                s.filter(Files::isRegularFile).filter(p -> !p.endsWith("mapping.tsv")).forEach(scanned::add);
            }
        }
        assertTrue(scanned.stream().anyMatch(p -> p.endsWith("out.veil/changes.jsonl")), msg);
        assertTrue(scanned.stream().anyMatch(p -> p.endsWith("out.veil/summary.json")), msg);
        assertTrue(scanned.stream().anyMatch(p -> p.endsWith("out.veil/journal.tsv")), msg);
        assertEquals(24, DeidReferencesTest.outputs(out).size(), msg);
        for (Path p : scanned) {
            String text = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
            for (String value : phi) {
                assertFalse(text.contains(value), "an original value (" + value.length() + " characters) in "
                        + dir.relativize(p) + ", " + msg);
            }
        }
        assertTrue(Files.exists(dir.resolve("keys/project.p12.linkage.mv.db")), "linkage store beside the keystore");

        String pseudonym;
        try (Stream<Path> s = Files.list(out)) {
            pseudonym = s.map(p -> p.getFileName().toString()).filter(n -> !n.equals(".veil")).sorted()
                    .findFirst().orElseThrow();
        }
        Path reidLog = dir.resolve("reid.log");
        assertEquals(0, ChildVeil.run(reidLog, env, "reidentify", "--keystore", keystore.toString(), "--pseudonym",
                pseudonym, "--reason", "leak test"));
        String reid = Files.readString(reidLog);
        assertTrue(phi.stream().anyMatch(v -> v.startsWith("MRN") && reid.contains("id=" + v + " ")),
                "the linkage store maps the output's pseudonym back to an input patient, " + msg);

        Path output = DeidReferencesTest.outputs(out.resolve(pseudonym)).get(0);
        Path fileLog = dir.resolve("reid-file.log");
        assertEquals(0, ChildVeil.run(fileLog, env, "reidentify", "--keystore", keystore.toString(), "--file",
                output.toString(), "--reason", "leak test"));
        assertEquals(reid, Files.readString(fileLog), "--file looks up the file's Patient ID, " + msg);
    }
}
