package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.dicom.VR;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.dict.Tags;
import org.veil.synth.ImageSpec;
import org.veil.synth.SyntheticImage;
import org.veil.synth.SyntheticWriter;

/**
 * The real launcher, {@code bin/veil}, as a user runs it: the script of this checkout, copied into a folder of its
 * own with a {@code veil.jar} whose manifest points at the classes under test (so the script finds its jar fresh and
 * does not build). What people meet first: the version, a one-line usage error with exit 2, a run over a folder
 * named after a patient that prints nothing of the name, a dry run that writes nothing, and exit 5 when nothing was
 * found to de-identify.
 */
class LauncherTest {
    private static final String FAMILY = "NOVAKOVA";
    private static final String MRN = "MRN7730418";
    private static final ImageSpec CT = new ImageSpec("CT", "1.2.840.10008.5.1.4.1.1.2", 16, 16, 1);

    @TempDir
    Path dir;
    private Path launcher;
    private Path in;

    @BeforeEach
    void checkoutWithAJar() throws Exception {
        Path root = dir.resolve("veil");
        Files.createDirectories(root.resolve("bin"));
        launcher = root.resolve("bin/veil");
        Files.copy(projectRoot().resolve("bin/veil"), launcher);
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwx------"));
        Path jar = Files.createDirectories(root.resolve("veil-cli/target")).resolve("veil.jar");
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        m.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Veil.class.getName());
        m.getMainAttributes().put(Attributes.Name.CLASS_PATH, Stream.of(System.getProperty("java.class.path")
                .split(File.pathSeparator)).map(p -> Path.of(p).toUri().toString()).collect(Collectors.joining(" ")));
        try (OutputStream os = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(os, m)) {
            j.flush();
        }
        Path patient = dir.resolve("in").resolve(FAMILY + "_Jana_" + MRN);
        for (int i = 0; i < 3; i++) {
            Dataset ds = SyntheticImage.header(31, CT, 0, 0, 0, i);
            DatasetView v = DatasetView.of(ds);
            v.putString(Tags.PatientName, VR.PN, FAMILY + "^Jana");
            v.putString(Tags.PatientID, VR.LO, MRN);
            SyntheticWriter.write(patient.resolve(FAMILY + "_" + i + ".dcm"), ds, CT, 31 + i);
        }
        in = dir.resolve("in");
    }

    private static Path projectRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isRegularFile(p.resolve("bin/veil"))) {
            p = p.getParent();
        }
        assertTrue(p != null, "bin/veil above " + Path.of("").toAbsolutePath());
        return p;
    }

    @Test
    void version_namesTheRelease() throws Exception {
        Run r = run("--version");
        assertEquals(0, r.exit, r.all());
        assertTrue(r.out.startsWith("veil "), r.out);
    }

    @Test
    void missingOutput_oneLineUsageError_exit2() throws Exception {
        Run r = run("deid", in.toString());
        assertEquals(Veil.USAGE, r.exit, r.all());
        assertTrue(r.err.lines().count() <= 2, "one or two lines, not the whole help: " + r.err);
        assertTrue(r.err.contains("--help"), r.err);
    }

    @Test
    void runOverAPatientsFolder_printsNothingOfThePatient_textAndJson() throws Exception {
        Run text = run("deid", in.toString(), dir.resolve("out").toString());
        assertEquals(Veil.OK, text.exit, text.all());
        Run json = run("--log-format", "json", "-v", "deid", in.toString(), dir.resolve("out2").toString());
        assertEquals(Veil.OK, json.exit, json.all());
        for (Run r : List.of(text, json)) {
            assertFalse(r.all().contains(FAMILY), r.all());
            assertFalse(r.all().contains(MRN), r.all());
        }
        try (Stream<Path> s = Files.walk(dir.resolve("out"))) {
            assertEquals(3, s.filter(p -> p.toString().endsWith(".dcm")).count());
        }
    }

    @Test
    void dryRun_writesNothingAnywhere() throws Exception {
        List<Path> before = listing();
        Run r = run("deid", in.toString(), dir.resolve("out").toString(), "--dry-run");
        assertEquals(Veil.OK, r.exit, r.all());
        assertEquals(before, listing(), "nothing created by a dry run");
        assertTrue(r.out.contains("would write 3, quarantine 0"), r.out);
    }

    @Test
    void nothingToDeidentify_exit5() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Files.writeString(empty.resolve("notes.txt"), "not DICOM");
        Run r = run("deid", empty.toString(), dir.resolve("out").toString());
        assertEquals(Veil.NOTHING_WRITTEN, r.exit, r.all());
    }

    private List<Path> listing() throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.sorted().toList();
        }
    }

    private Run run(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(launcher.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile())
                .redirectOutput(dir.resolve("launcher.out").toFile()).redirectError(dir.resolve("launcher.err").toFile());
        pb.environment().remove(RunKey.TEST_KEY_FILE);
        pb.environment().remove("VEIL_KEYSTORE_PASSWORD");
        Process p = pb.start();
        assertTrue(p.waitFor(3, TimeUnit.MINUTES), "bin/veil " + String.join(" ", args) + " timed out");
        Run r = new Run(p.exitValue(), Files.readString(dir.resolve("launcher.out")),
                Files.readString(dir.resolve("launcher.err")));
        Files.delete(dir.resolve("launcher.out"));
        Files.delete(dir.resolve("launcher.err"));
        return r;
    }

    private record Run(int exit, String out, String err) {
        String all() {
            return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }
}
