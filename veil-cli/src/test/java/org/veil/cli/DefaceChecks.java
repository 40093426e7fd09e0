package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.veil.dicom.ReadLimits;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.io.DicomFile;
import org.veil.dicom.io.DicomReader;
import org.veil.pixel.redact.PixelRedactor;
import org.veil.testkit.Tool;
import org.veil.volume.SeriesLayout;
import org.veil.volume.Volume;
import org.veil.volume.VolumeGeometry;
import org.veil.volume.VolumeLoader;

/** The checks of ../shared/deface/README.md on one defaced series (input folder against output folder). */
final class DefaceChecks {
    private static final Pattern FACES = Pattern.compile("\"([-0-9]+/[-0-9]+)\": (\\d+)");

    /** Brain voxel test: (slice, row, column) of the input grid, slices in ascending order along the normal. */
    interface Brain {
        boolean at(int slice, int row, int column);
    }

    private DefaceChecks() {
    }

    static List<DicomFile> read(Path folder) throws IOException {
        List<DicomFile> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".dcm") && !f.toString().contains("/.veil/"))
                    .sorted().toList()) {
                out.add(DicomReader.read(p, ReadLimits.DEFAULT));
            }
        }
        return out;
    }

    /** Headers: new SOP Instance UIDs, (0028,0302) NO, 113102 recorded, DERIVED\SECONDARY; same geometry. */
    static void headersAndGeometry(List<DicomFile> in, List<DicomFile> out) throws Exception {
        assertEquals(in.size(), out.size(), "instance count");
        Set<String> inputUids = new HashSet<>();
        for (DicomFile f : in) {
            inputUids.add(DatasetView.of(f.dataset()).string(0x00080018));
        }
        for (DicomFile f : out) {
            DatasetView v = DatasetView.of(f.dataset());
            assertFalse(inputUids.contains(v.string(0x00080018)), "SOP Instance UID must be new");
            assertEquals("NO", v.string(0x00280302), "Recognizable Visual Features");
            String[] type = v.strings(0x00080008);
            assertEquals("DERIVED", type[0]);
            // enhanced IODs allow only PRIMARY as value 2
            assertEquals(f.dataset().contains(0x52009230) ? "PRIMARY" : "SECONDARY", type[1]);
            assertTrue(methodCodes(f.dataset()).contains("113102"), "113102 in (0012,0064)");
        }
        SeriesLayout a = VolumeLoader.layout(in);
        SeriesLayout b = VolumeLoader.layout(out);
        VolumeGeometry ga = a.geometry();
        VolumeGeometry gb = b.geometry();
        assertEquals(List.of(ga.nx(), ga.ny(), ga.nz()), List.of(gb.nx(), gb.ny(), gb.nz()), "grid size");
        for (int i = 0; i < 3; i++) {
            assertEquals(ga.origin()[i], gb.origin()[i], 1e-4, "origin");
            assertEquals(ga.row()[i], gb.row()[i], 1e-6, "orientation");
            assertEquals(ga.column()[i], gb.column()[i], 1e-6, "orientation");
        }
        assertEquals(ga.dx(), gb.dx(), 1e-6);
        assertEquals(ga.dy(), gb.dy(), 1e-6);
        assertEquals(ga.dz(), gb.dz(), 1e-4);
        String thickness = DatasetView.of(in.get(0).dataset()).string(0x00180050);
        assertEquals(thickness, DatasetView.of(out.get(0).dataset()).string(0x00180050), "Slice Thickness");
    }

    private static Set<String> methodCodes(Dataset ds) {
        Set<String> codes = new TreeSet<>();
        DataElement seq = ds.get(0x00120064);
        if (seq != null && seq.isSequence()) {
            for (Dataset item : seq.sequence()) {
                codes.add(DatasetView.of(item).string(0x00080100));
            }
        }
        return codes;
    }

    /** Fraction of brain voxels whose stored value is unchanged. */
    static double brainKept(List<DicomFile> in, List<DicomFile> out, Brain brain) throws Exception {
        VolumeLoader loader = new VolumeLoader(new PixelRedactor(), 100_000_000L);
        Volume a = loader.load(in);
        Volume b = loader.load(out);
        VolumeGeometry g = a.geometry();
        long total = 0;
        long same = 0;
        for (int z = 0; z < g.nz(); z++) {
            for (int y = 0; y < g.ny(); y++) {
                for (int x = 0; x < g.nx(); x++) {
                    if (brain.at(z, y, x)) {
                        total++;
                        same += a.stored(x, y, z) == b.stored(x, y, z) ? 1 : 0;
                    }
                }
            }
        }
        assertTrue(total > 100_000, "brain mask voxels: " + total);
        return same / (double) total;
    }

    /** Faces found per view before and after (README's detector), as printed by face_check.py. */
    static int[] faces(Path in, Path out, Path work) throws Exception {
        requirePython();
        Files.createDirectories(work);
        Path script = work.resolve("face_check.py");
        try (var s = DefaceChecks.class.getResourceAsStream("/facecheck/face_check.py")) {
            Files.copy(s, script);
        }
        Tool.Result r = Tool.run(Duration.ofMinutes(4), "/usr/bin/python3", script.toString(), in.toString(),
                out.toString(), work.resolve("renders").toString());
        assertTrue(r.ok(), "face_check.py failed: " + r.stderr());
        String json = r.stdout();
        int split = json.indexOf("\"after\"");
        return new int[] {sum(json.substring(0, split)), sum(json.substring(split))};
    }

    /** Skips the test when Debian's python3 lacks OpenCV, SciPy or pydicom (fails on CI: .ci/run installs them). */
    private static void requirePython() {
        boolean ok = Files.isExecutable(Path.of("/usr/bin/python3")) && Tool.run(Duration.ofMinutes(1),
                "/usr/bin/python3", "-c", "import cv2, numpy, scipy.ndimage, pydicom").ok();
        if (!ok) {
            String reason = "/usr/bin/python3 with python3-opencv, opencv-data, python3-scipy, python3-pydicom is "
                    + "missing (see .ci/run)";
            if (org.veil.testkit.Ci.active()) {
                throw new IllegalStateException(reason + " (required on CI)");
            }
            org.junit.jupiter.api.Assumptions.abort(reason);
        }
    }

    /** dciodvfy's report on a file. */
    static String dciodvfy(Path file) {
        Tool.Result r = Tool.run(Duration.ofMinutes(1), "dciodvfy", file.toString());
        return r.stdout() + r.stderr();
    }

    private static int sum(String part) {
        Matcher m = FACES.matcher(part);
        int n = 0;
        while (m.find()) {
            n += Integer.parseInt(m.group(2)) > 0 ? 1 : 0;
        }
        return n;
    }

    /** Kinds of errors dciodvfy reports (values and element paths stripped). */
    static Set<String> errorKinds(Path file) {
        Tool.require("dciodvfy");
        Tool.Result r = Tool.run(Duration.ofMinutes(1), "dciodvfy", file.toString());
        Set<String> kinds = new TreeSet<>();
        for (String line : (r.stdout() + "\n" + r.stderr()).split("\n")) {
            if (line.startsWith("Error")) {
                kinds.add(line.replaceAll("<[^>]*>", "<>").replaceAll("\"[^\"]*\"", "\"\"")
                        .replaceAll("[0-9]+", "#"));
            }
        }
        return kinds;
    }
}
