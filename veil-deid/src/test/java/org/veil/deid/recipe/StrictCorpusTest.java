package org.veil.deid.recipe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.veil.deid.engine.DeidConfig;
import org.veil.deid.engine.Deidentifier;
import org.veil.deid.engine.UnlistedPolicy;
import org.veil.deid.pseudo.ProjectKey;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.io.DicomFile;
import org.veil.dicom.io.DicomReader;
import org.veil.dicom.io.DicomWriter;
import org.veil.dicom.io.WriteOptions;
import org.veil.testkit.Corpus;
import org.veil.testkit.CorpusFile;
import org.veil.testkit.Tool;

/**
 * Strict mode with the built-in allow-list over real images of the corpus (CT, MR, PET, US, CR): the SOP Common and
 * Image Pixel attributes survive (pixels byte for byte), strict removes more than the standard policy, and dciodvfy
 * finds no missing attribute in the strict output that it does not also find in the standard output.
 */
class StrictCorpusTest {
    private static final ProjectKey KEY = ProjectKey.of(new byte[] {5, 4, 3, 2, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16,
        17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28});
    private static final int SOP_INSTANCE = 0x00080018;
    private static final int PIXEL_DATA = 0x7FE00010;
    /** SOP Common and Image Pixel attributes that must be kept unchanged when present. */
    private static final int[] UNCHANGED = {0x00080016, 0x00080005, 0x00280002, 0x00280004, 0x00280010, 0x00280011,
        0x00280100, 0x00280101, 0x00280102, 0x00280103, 0x00280006, 0x00280034, 0x00280008};

    static Stream<CorpusFile> images() {
        return Corpus.files(f -> !f.malformed() && f.sopClass().matches("(CT|MR|Positron Emission Tomography|"
                + "Ultrasound|Computed Radiography) Image Storage / .*") && f.size() < 2_000_000).stream();
    }

    private static Dataset deidentify(Path file, UnlistedPolicy policy) throws Exception {
        DicomFile f = DicomReader.read(file);
        DeidConfig.Builder b = DeidConfig.builder().key(KEY).filters(List.of()).unlisted(policy);
        if (policy == UnlistedPolicy.STRICT) {
            b.allowList(StrictAllowList.tags());
        }
        new Deidentifier(b.build()).deidentify(f.dataset());
        return f.dataset();
    }

    @ParameterizedTest
    @MethodSource("images")
    void strict_realImage_keepsSopCommonAndImagePixel(CorpusFile file) throws Exception {
        Dataset before = DicomReader.read(file.path()).dataset();
        Dataset strict = deidentify(file.path(), UnlistedPolicy.STRICT);
        for (int tag : UNCHANGED) {
            DataElement in = before.get(tag);
            if (in != null) {
                assertNotNull(strict.get(tag), file + " lost " + org.veil.dicom.Tag.format(tag));
                assertArrayEquals(in.bytes(), strict.get(tag).bytes(), file + " changed " + org.veil.dicom.Tag.format(tag));
            }
        }
        if (before.get(SOP_INSTANCE) != null) {
            assertNotNull(strict.get(SOP_INSTANCE), file + " lost SOP Instance UID");
        }
        if (before.get(PIXEL_DATA) != null) {
            assertEquals(before.get(PIXEL_DATA).length(), strict.get(PIXEL_DATA).length(), file + " pixel data");
        }
        Dataset standard = deidentify(file.path(), UnlistedPolicy.STANDARD);
        assertTrue(strict.size() <= standard.size(), file + ": strict kept more than standard");
    }

    @ParameterizedTest
    @MethodSource("images")
    void strict_realImage_addsNoMissingAttributeForDciodvfy(CorpusFile file, @TempDir Path dir) throws Exception {
        Tool.require("dciodvfy");
        Set<String> standard = missing(file.path(), UnlistedPolicy.STANDARD, dir.resolve("standard.dcm"));
        Set<String> strict = missing(file.path(), UnlistedPolicy.STRICT, dir.resolve("strict.dcm"));
        strict.removeAll(standard);
        assertEquals(Set.of(), strict, file + ": strict output misses attributes the standard output has");
    }

    private static Set<String> missing(Path in, UnlistedPolicy policy, Path out) throws Exception {
        DicomFile f = DicomReader.read(in);
        Dataset ds = deidentify(in, policy);
        DicomWriter.write(new DicomFile(f.source(), f.preamble(), f.fileMeta(), f.transferSyntax(), f.explicitVr(), ds,
                f.warnings()), out, WriteOptions.DEFAULT);
        Tool.Result r = Tool.run(Duration.ofSeconds(60), "dciodvfy", "-new", out.toString());
        Set<String> lines = new LinkedHashSet<>();
        for (String line : (r.stdout() + "\n" + r.stderr()).split("\n")) {
            if (line.startsWith("Error")) {
                lines.add(line.trim());
            }
        }
        return lines;
    }
}
