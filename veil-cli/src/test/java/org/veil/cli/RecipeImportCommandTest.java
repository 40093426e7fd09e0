package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.dicom.TransferSyntax;
import org.veil.dicom.VR;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.io.DicomReader;
import org.veil.dicom.io.DicomWriter;
import org.veil.dicom.io.WriteOptions;
import org.veil.synth.ImageSpec;
import org.veil.synth.SyntheticImage;
import org.veil.synth.SyntheticWriter;

/**
 * {@code veil recipe import} end to end: a CTP script written for this test becomes a recipe and lookup table that
 * {@code veil deid} accepts; the outputs carry the table's subject codes and dates moved by exactly the script's
 * increment, a patient missing from the table is quarantined, and the untranslatable line makes the import exit 1.
 * {@code --pixel-rules builtin}: an ultrasound of a device the built-in library lists comes out with the listed
 * region black and every other pixel unchanged; one of an unlisted device is quarantined.
 */
class RecipeImportCommandTest {
    private static final ImageSpec CT = new ImageSpec("CT", "1.2.840.10008.5.1.4.1.1.2", 16, 16, 1);
    private static final DateTimeFormatter DA = DateTimeFormatter.BASIC_ISO_DATE;
    private static final String SCRIPT = """
            <script>
             <p t="SHIFT">-30</p>
             <p t="SITE">SITE 07</p>
             <e en="T" t="00080020" n="StudyDate">@incrementdate(this,@SHIFT)</e>
             <e en="T" t="00080080" n="InstitutionName">@param(@SITE)</e>
             <e en="T" t="00100020" n="PatientID">@lookup(this,ptid)</e>
             <e en="T" t="00100030" n="PatientBirthDate">@remove()</e>
             <e en="T" t="00081040" n="InstitutionalDepartmentName">@if(this,exists){@remove()}{@empty()}</e>
            </script>
            """;

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int veil(String... args) {
        return Veil.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void importCtp_thenDeid_lookupAndExactShift_missQuarantined() throws Exception {
        long seed = new SplittableRandom().nextLong();
        Path in = dir.resolve("in");
        Map<String, String> studyDates = new HashMap<>();
        String[] ids = new String[3];
        for (int i = 0; i < 3; i++) {
            Dataset h = SyntheticImage.header(seed, CT, i, 0, 0, i);
            ids[i] = DatasetView.of(h).string(0x00100020);
            studyDates.put(ids[i], DatasetView.of(h).string(0x00080020));
            SyntheticWriter.write(in.resolve("ct" + i + ".dcm"), h, CT, seed + i);
        }
        Files.writeString(dir.resolve("anonymizer.script"), SCRIPT);
        Files.writeString(dir.resolve("lookup.properties"), "ptid/" + ids[0].replace(" ", "\\ ") + "=SUBJ-001\n"
                + "ptid/" + ids[1].replace(" ", "\\ ") + "=SUBJ-002\n");
        Path recipe = dir.resolve("recipes/trial.yaml");
        int code = veil("recipe", "import", "--from", "ctp", dir.resolve("anonymizer.script").toString(), "-o",
                recipe.toString(), "--lookup-table", dir.resolve("lookup.properties").toString());
        assertEquals(Veil.PROBLEMS, code, err + "\n" + out);
        assertTrue(out.toString().contains("anonymizer.script:8: NOT TRANSLATED: <e en=\"T\" t=\"00081040\" n=\"InstitutionalDepartmentName\">@if(this,exists){@remove()}{@empty()}</e> -- conditionals (@if) have no Veil equivalent"), out.toString());
        assertTrue(out.toString().contains("6 exact, 1 with a difference, 1 not translated"), out.toString());
        assertTrue(Files.exists(dir.resolve("recipes/trial.lookup-ptid.csv")));

        Path outDir = dir.resolve("out");
        assertEquals(Veil.PROBLEMS, veil("deid", in.toString(), outDir.toString(), "--recipe", recipe.toString(),
                "--threads", "1"), err.toString());
        List<Path> outputs = DeidReferencesTest.outputs(outDir);
        assertEquals(2, outputs.size(), "seed " + seed);
        Map<String, String> subjectToId = Map.of("SUBJ-001", ids[0], "SUBJ-002", ids[1]);
        for (Path p : outputs) {
            DatasetView v = DatasetView.of(DicomReader.read(p).dataset());
            String subject = v.string(0x00100020);
            assertTrue(subjectToId.containsKey(subject), subject + ", seed " + seed);
            String before = studyDates.get(subjectToId.get(subject));
            assertEquals(-30, ChronoUnit.DAYS.between(LocalDate.parse(before, DA), LocalDate.parse(
                    v.string(0x00080020), DA)), "seed " + seed);
            assertEquals("SITE 07", v.string(0x00080080));
        }
        List<Path> reasons;
        try (Stream<Path> s = Files.walk(Path.of(outDir + ".quarantine"))) {
            reasons = s.filter(p -> p.toString().endsWith(".reason.txt")).toList();
        }
        assertEquals(1, reasons.size(), reasons.toString());
        String reason = Files.readString(reasons.get(0));
        assertTrue(reason.contains("not in lookup table trial.lookup-ptid.csv"), reason);
        assertFalse(reason.contains(ids[2]), "the reason never holds the value");
    }

    @Test
    void importPixelFormats_unknownFormatIsAUsageError() {
        assertEquals(Veil.USAGE, veil("recipe", "import", "--from", "dicomcleaner", "x", "-o",
                dir.resolve("o.yaml").toString()));
        assertTrue(err.toString().contains("unknown format 'dicomcleaner'"), err.toString());
    }

    @Test
    void deid_builtinPixelRules_listedDeviceCleaned_unlistedQuarantined() throws Exception {
        int w = 640;
        int h = 480;
        Path in = dir.resolve("in");
        write(in.resolve("iu22.dcm"), us(1, "Philips Medical Systems", "iU22", w, h));
        write(in.resolve("other.dcm"), us(2, "NOBODY", "Unlisted 1", w, h));
        Path outDir = dir.resolve("out");
        assertEquals(Veil.PROBLEMS, veil("deid", in.toString(), outDir.toString(), "--option", "clean-pixel-data",
                "--pixel-rules", "builtin", "--pixel-policy", "rules", "--threads", "1"), err.toString());
        List<Path> outputs = DeidReferencesTest.outputs(outDir);
        assertEquals(1, outputs.size(), out.toString());
        Dataset ds = DicomReader.read(outputs.get(0)).dataset();
        assertEquals("NO", DatasetView.of(ds).string(0x00280301));
        byte[] px = ds.get(0x7FE00010).bytes() != null ? ds.get(0x7FE00010).bytes()
                : ds.get(0x7FE00010).bulk().readAll();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int expected = y < 47 ? 0 : pixel(x, y);
                assertEquals(expected, px[y * w + x] & 0xFF, "(" + x + "," + y + "): the library's iU22 480-row "
                        + "region is 0,0,640,47");
            }
        }
        try (Stream<Path> s = Files.walk(Path.of(outDir + ".quarantine"))) {
            String reason = Files.readString(s.filter(p -> p.toString().endsWith(".reason.txt")).findFirst()
                    .orElseThrow());
            assertTrue(reason.contains("no pixel rule matches"), reason);
        }
    }

    @Test
    void deid_recipePixelRules_ownFileBeforeBuiltin() throws Exception {
        int w = 640;
        int h = 480;
        Path in = dir.resolve("in");
        write(in.resolve("iu22.dcm"), us(1, "Philips Medical Systems", "iU22", w, h));
        Files.createDirectories(dir.resolve("recipes"));
        Files.writeString(dir.resolve("recipes/ours.yaml"), """
                rules:
                  - name: our iU22 at 480 rows shows the name lower down
                    source: measured on our scanner
                    match: {model: iU22, rows: 480}
                    regions: [[0, 0, 640, 100]]
                """);
        Path recipe = dir.resolve("recipes/study.yaml");
        Files.writeString(recipe, "veil-recipe: 1\noptions: [clean-pixel-data]\npixel-rules: [builtin, ours.yaml]\n");
        Path outDir = dir.resolve("out");
        assertEquals(Veil.OK, veil("deid", in.toString(), outDir.toString(), "--recipe", recipe.toString(),
                "--threads", "1"), err.toString());
        Dataset ds = DicomReader.read(DeidReferencesTest.outputs(outDir).get(0)).dataset();
        byte[] px = ds.get(0x7FE00010).bytes() != null ? ds.get(0x7FE00010).bytes()
                : ds.get(0x7FE00010).bulk().readAll();
        for (int y = 0; y < h; y += 7) {
            for (int x = 0; x < w; x += 5) {
                assertEquals(y < 100 ? 0 : pixel(x, y), px[y * w + x] & 0xFF, "(" + x + "," + y + "): own rule wins");
            }
        }
        Files.writeString(recipe, "veil-recipe: 1\npixel-rules: [absent.yaml]\n");
        assertEquals(Veil.USAGE, veil("deid", in.toString(), dir.resolve("out2").toString(), "--recipe",
                recipe.toString()));
        assertTrue(err.toString().contains("pixel rule file absent.yaml not found"), err.toString());
    }

    private static int pixel(int x, int y) {
        return 1 + (x * 7 + y * 3) % 250;
    }

    private static Dataset us(int instance, String manufacturer, String model, int w, int h) {
        Dataset ds = SyntheticImage.header(instance, new ImageSpec("US", "1.2.840.10008.5.1.4.1.1.6.1", h, w, 1),
                instance, 0, 0, instance);
        DatasetView v = DatasetView.of(ds);
        v.putString(0x00080070, VR.LO, manufacturer);
        v.putString(0x00081090, VR.LO, model);
        for (int tag : new int[] {0x00281050, 0x00281051, 0x00281052, 0x00281053, 0x00280030, 0x00280008}) {
            ds.remove(tag);
        }
        v.putUnsignedShorts(0x00280002, 1);
        v.putString(0x00280004, VR.CS, "MONOCHROME2");
        v.putUnsignedShorts(0x00280100, 8);
        v.putUnsignedShorts(0x00280101, 8);
        v.putUnsignedShorts(0x00280102, 7);
        v.putUnsignedShorts(0x00280103, 0);
        byte[] px = new byte[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                px[y * w + x] = (byte) pixel(x, y);
            }
        }
        ds.put(DataElement.of(0x7FE00010, VR.OB, px));
        return ds;
    }

    private static void write(Path file, Dataset ds) throws Exception {
        Files.createDirectories(file.getParent());
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            DicomWriter.write(null, null, ds, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, ch, WriteOptions.DEFAULT);
        }
        assertNotNull(DicomReader.read(file));
    }
}
