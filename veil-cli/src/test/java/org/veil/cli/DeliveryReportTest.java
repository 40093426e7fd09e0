package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.io.DicomReader;
import org.veil.pipeline.report.DeliveryReport;
import org.veil.synth.ImageSpec;
import org.veil.synth.SyntheticImage;
import org.veil.synth.SyntheticWriter;

/**
 * The HTML delivery report written with every {@code veil deid}: self-contained (no address to fetch), free of the
 * patient's name and MRN (the input folder is named after them, the headers carry them), with counts, the verify
 * result, a study table in pseudonyms, an SVG chart and an "after" thumbnail of each pixel-cleaned image, and no
 * "before" thumbnail while the report lies in the output folder; rendered by headless Chromium (screenshot kept in
 * target/delivery-report.png).
 */
class DeliveryReportTest {
    private static final ImageSpec SPEC = new ImageSpec("CT", "1.2.840.10008.5.1.4.1.1.2", 64, 64, 1);
    private static final String RULES = """
            rules:
              - name: synthetic CT header bar
                match:
                  manufacturer: VEIL SYNTH
                  modality: CT
                  rows: 64
                  columns: 64
                regions:
                  - [0, 0, 64, 12]
            """;
    private static final int PATIENT_NAME = 0x00100010;
    private static final int PATIENT_ID = 0x00100020;

    @TempDir
    Path dir;
    private Path in;
    private final Set<String> phi = new HashSet<>(List.of("KOWALSKA", "Anna", "MRN5530217"));

    @BeforeEach
    void inputs() throws Exception {
        in = dir.resolve("KOWALSKA_Anna_MRN5530217");
        Path studyFolder = in.resolve("Anna Kowalska CT");
        Files.createDirectories(studyFolder);
        for (int i = 0; i < 3; i++) {
            Dataset header = SyntheticImage.header(7, SPEC, 0, 0, 0, i);
            DatasetView v = DatasetView.of(header);
            phi.add(v.string(PATIENT_ID));
            phi.add(v.string(PATIENT_NAME).split("\\^")[0]);
            SyntheticWriter.write(studyFolder.resolve("KOWALSKA_" + i + ".dcm"), header, SPEC, 7 + i);
        }
        byte[] whole = Files.readAllBytes(studyFolder.resolve("KOWALSKA_0.dcm"));
        Files.write(studyFolder.resolve("KOWALSKA_cut.dcm"), java.util.Arrays.copyOf(whole, whole.length - 3000));
        Files.writeString(studyFolder.resolve("notes.txt"), "not DICOM");
        Files.writeString(dir.resolve("rules.yaml"), RULES);
    }

    @Test
    void deid_writesSelfContainedReport_withoutPhi_andChromiumRendersItsChart() throws Exception {
        Path out = dir.resolve("out");
        CliRun r = CliRun.of("deid", in.toString(), out.toString(), "--option", "clean-pixel-data",
                "--pixel-rules", dir.resolve("rules.yaml").toString(), "--verify");
        assertEquals(Veil.PROBLEMS, r.exit(), r.out() + r.err());
        Path report = Path.of(out + ".veil").resolve(DeliveryReport.FILE);
        try (Stream<Path> delivered = Files.walk(out)) {
            assertTrue(delivered.filter(Files::isRegularFile).allMatch(p -> p.toString().endsWith(".dcm")),
                    "OUT holds only the de-identified files: the report stays in the work folder");
        }
        String html = Files.readString(report);

        for (String value : phi) {
            assertFalse(html.contains(value), value + " is in the delivered report");
        }
        assertFalse(Pattern.compile("(src|href)=\"(?!data:)").matcher(html).find(), "nothing to fetch");
        assertTrue(html.contains("<svg"), "the outcome chart");
        assertEquals(3, count(html, "alt=\"after\""), "an after thumbnail per pixel-cleaned image");
        assertEquals(3, count(html, "alt=\"before\""), "originals shown: the report is kept outside OUT");
        assertTrue(html.contains("CLEAN"), "the verify result");
        assertTrue(html.contains("<td>CT</td><td class=\"num\">3</td>"), "outputs by modality");
        String pseudonym = DatasetView.of(DicomReader.read(anyOutput(out)).dataset()).string(PATIENT_ID);
        assertTrue(html.contains(pseudonym), "the study table names the patient's pseudonym");
        assertTrue(html.contains("<th>Reason</th>"), "the quarantine reasons");

        BufferedImage shot = screenshot(report, "delivery-report.png");
        assertTrue(colourPixels(shot, 0x2e8b57) > 200, "the chart's 'written' bar is drawn");
        assertTrue(colourPixels(shot, 0xc0392b) > 50, "the chart's 'quarantined' bar is drawn");
    }

    @Test
    void reportOutsideTheOutput_showsBeforeThumbnails() throws Exception {
        Path out = dir.resolve("out");
        CliRun r = CliRun.of("deid", in.toString(), out.toString(), "--option", "clean-pixel-data",
                "--pixel-rules", dir.resolve("rules.yaml").toString());
        assertEquals(Veil.PROBLEMS, r.exit(), r.out() + r.err());
        Path work = Files.createDirectories(dir.resolve("work"));
        for (String f : List.of("summary.json", "changes.jsonl")) {
            Files.copy(Path.of(out + ".veil").resolve(f), work.resolve(f));
        }
        Map<String, Path> originals = new LinkedHashMap<>();
        List<Path> inputs = dicomFiles(in).stream().filter(p -> !p.toString().contains("cut")).toList();
        List<Path> outputs = dicomFiles(out);
        for (int i = 0; i < outputs.size(); i++) {
            originals.put(out.relativize(outputs.get(i)).toString(), inputs.get(i));
        }

        Optional<Path> report = DeliveryReport.write(out, work, originals, Optional.empty());

        String html = Files.readString(report.orElseThrow());
        assertEquals(3, count(html, "alt=\"before\""), html.length() + " characters");
        assertEquals(3, count(html, "alt=\"after\""));
        assertTrue(html.contains("Not run"), "no verification");
        Matcher before = Pattern.compile("alt=\"before\" src=\"([^\"]+)\"").matcher(html);
        Matcher after = Pattern.compile("alt=\"after\" src=\"([^\"]+)\"").matcher(html);
        assertTrue(before.find() && after.find());
        assertFalse(before.group(1).equals(after.group(1)), "the cleaned image differs from its original");
        screenshot(report.get(), "delivery-report-before-after.png");
    }

    /**
     * A run done in one session writes its report from what it collected while writing (no second pass over the
     * outputs and the change report): the same report as one made by reading them back.
     */
    @Test
    void reportCollectedDuringTheRun_equalsReportReadBackFromTheOutputs() throws Exception {
        Path out = dir.resolve("out");
        CliRun r = CliRun.of("deid", in.toString(), out.toString());
        assertEquals(Veil.PROBLEMS, r.exit(), r.out() + r.err());
        Path work = Files.createDirectories(dir.resolve("work"));
        for (String f : List.of("summary.json", "changes.jsonl")) {
            Files.copy(Path.of(out + ".veil").resolve(f), work.resolve(f));
        }

        Optional<Path> readBack = DeliveryReport.write(out, work, Map.of(), Optional.empty());

        String collected = Files.readString(Path.of(out + ".veil").resolve(DeliveryReport.FILE));
        assertEquals(Files.readString(readBack.orElseThrow()), collected);
        assertTrue(collected.contains("CT"), "the study table lists the outputs' modality");
    }

    private static List<Path> dicomFiles(Path root) throws Exception {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.toString().endsWith(".dcm") && !p.toString().contains(".veil")).sorted()
                    .toList();
        }
    }

    private static Path anyOutput(Path out) throws Exception {
        return dicomFiles(out).get(0);
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    private BufferedImage screenshot(Path html, String name) throws Exception {
        BufferedImage image = HeadlessChromium.screenshot(html, name, dir.resolve("chrome"), "1000,1400");
        List<Integer> seen = new ArrayList<>();
        for (int y = 0; y < image.getHeight() && seen.size() < 3; y += 7) {
            int rgb = image.getRGB(image.getWidth() / 3, y) & 0xFFFFFF;
            if (!seen.contains(rgb)) {
                seen.add(rgb);
            }
        }
        assertTrue(seen.size() >= 3, "the page is not blank");
        return image;
    }

    private static int colourPixels(BufferedImage image, int target) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                boolean near = true;
                for (int shift = 0; shift <= 16; shift += 8) {
                    near &= Math.abs(((rgb >> shift) & 0xFF) - ((target >> shift) & 0xFF)) <= 12;
                }
                n += near ? 1 : 0;
            }
        }
        return n;
    }
}
