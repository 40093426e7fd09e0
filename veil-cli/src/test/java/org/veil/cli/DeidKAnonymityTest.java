package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.dicom.TransferSyntax;
import org.veil.dicom.VR;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.dict.Tags;
import org.veil.dicom.io.DicomWriter;
import org.veil.dicom.io.WriteOptions;

/**
 * {@code veil deid --k 5} on inputs with known classes (after de-identification with patient characteristics and full
 * dates kept): 5 women of 40, 4 men of 41, 2 women of 62 and a man of 93. No generalisation separates sex, so the
 * 7 patients outside the class of 5 are quarantined and {@code veil risk} measures k = 5 on what is delivered. The
 * change report lists each rewrite and withholding by attribute; --dry-run and the gateway refuse --k.
 */
class DeidKAnonymityTest {
    @TempDir
    Path dir;

    private int n;

    private void patients(Path in, int count, String age, String sex, String date, String bodyPart)
            throws IOException {
        for (int c = 0; c < count; c++) {
            int i = ++n;
            Dataset ds = new Dataset();
            DatasetView v = DatasetView.of(ds);
            v.putString(Tags.SOPClassUID, VR.UI, "1.2.840.10008.5.1.4.1.1.2");
            v.putString(Tags.SOPInstanceUID, VR.UI, "1.2.3.4." + i);
            v.putString(Tags.StudyInstanceUID, VR.UI, "1.2.3.5." + i);
            v.putString(Tags.SeriesInstanceUID, VR.UI, "1.2.3.6." + i);
            v.putString(Tags.PatientName, VR.PN, "DOE^JANE" + i);
            v.putString(Tags.PatientID, VR.LO, "MRN" + i);
            v.putString(Tags.PatientAge, VR.AS, age);
            v.putString(Tags.PatientSex, VR.CS, sex);
            v.putString(Tags.StudyDate, VR.DA, date);
            v.putString(Tags.Modality, VR.CS, "CT");
            v.putString(Tags.BodyPartExamined, VR.CS, bodyPart);
            try (FileChannel ch = FileChannel.open(Files.createDirectories(in).resolve("f" + i + ".dcm"),
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                DicomWriter.write(null, null, ds, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, ch, WriteOptions.DEFAULT);
            }
        }
    }

    private Path input() throws IOException {
        Path in = dir.resolve("in");
        patients(in, 5, "040Y", "F", "20200301", "CHEST");
        patients(in, 4, "041Y", "M", "20200611", "CHEST");
        patients(in, 2, "062Y", "F", "20190102", "KNEE");
        patients(in, 1, "093Y", "M", "20180709", "CHEST");
        return in;
    }

    private int riskK(Path out) throws IOException {
        Path json = dir.resolve(out.getFileName() + ".json");
        CliRun r = CliRun.of("risk", out.toString(), "--k", "5", "--json", json.toString(), "--html",
                dir.resolve(out.getFileName() + ".html").toString());
        assertTrue(r.exit() == Veil.OK || r.exit() == Veil.PROBLEMS, r.err());
        return new ObjectMapper().readTree(json.toFile()).get("k").asInt();
    }

    private static long files(Path folder) throws IOException {
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(Files::isRegularFile).count();
        }
    }

    /** veil deid with characteristics and full dates kept and --k 5; it quarantines, so it exits 1. */
    private CliRun deidK5(Path out) throws IOException {
        CliRun r = CliRun.of("deid", input().toString(), out.toString(), "--option", "retain-patient-characteristics",
                "--option", "retain-long-full-dates", "--k", "5");
        assertEquals(Veil.PROBLEMS, r.exit(), r.err());
        return r;
    }

    @Test
    void deidWithK5_reachesK5_andQuarantinesThePatientsThatCannot() throws IOException {
        Path out = dir.resolve("out");
        CliRun r = deidK5(out);
        assertTrue(r.out().contains("k-anonymity: k 1 -> 5 (target 5)"), r.out());
        assertTrue(r.out().contains("7 patient(s) quarantined"), r.out());
        assertEquals(5, riskK(out));
        Path withheld = dir.resolve("out.quarantine").resolve("k-anonymity");
        try (Stream<Path> s = Files.walk(withheld)) {
            assertEquals(7, s.filter(p -> p.toString().endsWith(".reason.txt")).count());
        }
        assertTrue(Files.readString(dir.resolve("out.veil").resolve("k-anonymity.txt")).contains("k 1 -> 5"));
        var notes = new ObjectMapper().readTree(dir.resolve("out.veil").resolve("summary.json").toFile()).get("notes");
        assertTrue(notes.toString().contains("k-anonymity: k 1 -> 5"), notes.toString());
    }

    @Test
    void deidWithK5_changeReportListsEveryRewriteAndWithholding_byAttributeNeverByValue() throws IOException {
        Path out = dir.resolve("out");
        CliRun r = deidK5(out);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+) file\\(s\\) rewritten").matcher(r.out());
        assertTrue(m.find(), r.out());
        int rewritten = Integer.parseInt(m.group(1));
        assertTrue(rewritten > 0, r.out());
        Path work = dir.resolve("out.veil");
        String text = Files.readString(work.resolve("k-anonymity.jsonl"));
        var json = new ObjectMapper();
        int changed = 0;
        int withheld = 0;
        java.util.Set<String> outputs = new java.util.HashSet<>();
        for (String line : text.strip().split("\n")) {
            var node = json.readTree(line);
            outputs.add(node.get("output").asText());
            assertEquals("k-anonymity", node.get("step").asText(), line);
            assertEquals(5, node.get("target").asInt(), line);
            if (node.has("withheld")) {
                withheld++;
                assertTrue(node.get("withheld").asText().contains("class of fewer than 5 patients"), line);
                assertTrue(Files.exists(dir.resolve("out.quarantine/k-anonymity").resolve(node.get("output")
                        .asText())), line);
            } else {
                changed++;
                assertTrue(Files.exists(out.resolve(node.get("output").asText()))
                        || Files.exists(dir.resolve("out.quarantine/k-anonymity").resolve(node.get("output")
                        .asText())), line);
                assertTrue(line.contains("{\"path\":\"(0010,1010)\",\"action\":\"generalise\",\"rule\":"
                        + "\"k-anonymity: ages in 10-year bands\"}"), line);
                assertTrue(line.contains("\"path\":\"(0008,0020)\",\"action\":\"generalise\""), line);
            }
        }
        assertEquals(rewritten, changed);
        assertEquals(7, withheld);
        for (String original : new String[] {"041Y", "062Y", "093Y", "20200301", "20200611", "20190102", "20180709",
            "KNEE", "CHEST", "MRN", "DOE"}) {
            assertFalse(text.contains(original), "an original value in the change report: " + original);
        }
        String html = Files.readString(work.resolve("report.html"));
        assertTrue(html.contains("<h2>k-anonymity</h2><p>k-anonymity: k 1 -&gt; 5 (target 5)"), html);
        assertTrue(html.contains("k-anonymity: ages in 10-year bands</td><td class=\"num\">" + rewritten + "<"), html);
        assertTrue(html.contains("Outputs rewritten or withheld (" + outputs.size() + ", of them 7 withheld)"), html);
    }

    @Test
    void dryRunWithK_refusedWithTheReason_nothingWritten() throws IOException {
        Path out = dir.resolve("dry");
        CliRun r = CliRun.of("deid", input().toString(), out.toString(), "--dry-run", "--k", "5");
        assertEquals(Veil.USAGE, r.exit(), r.err());
        assertTrue(r.err().contains(DeidCommand.DRY_RUN_K_REFUSED), r.err());
        assertFalse(Files.exists(out));
        assertFalse(Files.exists(dir.resolve("dry.veil")));
    }

    @Test
    void gatewayWithK_refusedWithTheReason() throws IOException {
        CliRun r = CliRun.of("gateway", "--forward", "DEST@127.0.0.1:1", "--spool", dir.resolve("spool").toString(),
                "--k", "5");
        assertEquals(Veil.USAGE, r.exit(), r.err());
        assertTrue(r.err().contains(GatewayCommand.K_REFUSED), r.err());
        assertFalse(Files.exists(dir.resolve("spool")));
    }

    @Test
    void deidWithoutK_changesNothing() throws IOException {
        Path in = input();
        Path out = dir.resolve("plain");
        CliRun r = CliRun.of("deid", in.toString(), out.toString(), "--option", "retain-patient-characteristics",
                "--option", "retain-long-full-dates");
        assertEquals(Veil.OK, r.exit(), r.err());
        assertFalse(r.out().contains("k-anonymity"), r.out());
        assertEquals(1, riskK(out));
        assertEquals(12, files(out));
        assertFalse(Files.exists(dir.resolve("plain.veil").resolve("k-anonymity.txt")));
    }

    @Test
    void deidWithK0_isAUsageError() throws IOException {
        CliRun r = CliRun.of("deid", input().toString(), dir.resolve("zero").toString(), "--k", "0");
        assertEquals(Veil.USAGE, r.exit(), r.err());
        assertTrue(r.err().contains("--k must be at least 1"), r.err());
    }
}
