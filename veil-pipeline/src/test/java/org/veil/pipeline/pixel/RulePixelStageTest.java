package org.veil.pipeline.pixel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.deid.engine.DeidException;
import org.veil.dicom.TransferSyntax;
import org.veil.dicom.VR;
import org.veil.dicom.data.BulkData;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;
import org.veil.pixel.redact.PixelTempFiles;
import org.veil.pixel.redact.RedactionOptions;
import org.veil.pixel.redact.RedactionRule;
import org.veil.pixel.redact.RuleParser;
import org.veil.profile.ProfileOption;

class RulePixelStageTest {
    private static final int W = 64;
    private static final int H = 48;
    private static final Set<ProfileOption> CLEAN = Set.of(ProfileOption.CLEAN_PIXEL_DATA);
    private static final String RULES = """
            rules:
              - name: Acme ultrasound header
                match:
                  manufacturer: ACME
                  modality: US
                  rows: 48
                  columns: 64
                regions:
                  - [0, 0, 64, 8]
                  - {x: 40, y: 40, width: 10, height: 5}
            """;

    private static Dataset image(String manufacturer, String modality, String burnedIn) {
        Dataset ds = new Dataset();
        DatasetView v = DatasetView.of(ds);
        v.putString(0x00080016, VR.UI, "1.2.840.10008.5.1.4.1.1.6.1");
        v.putString(0x00080060, VR.CS, modality);
        v.putString(0x00080070, VR.LO, manufacturer);
        if (burnedIn != null) {
            v.putString(0x00280301, VR.CS, burnedIn);
        }
        v.putUnsignedShorts(0x00280002, 1);
        v.putString(0x00280004, VR.CS, "MONOCHROME2");
        v.putUnsignedShorts(0x00280010, H);
        v.putUnsignedShorts(0x00280011, W);
        v.putUnsignedShorts(0x00280100, 8);
        v.putUnsignedShorts(0x00280101, 8);
        v.putUnsignedShorts(0x00280102, 7);
        v.putUnsignedShorts(0x00280103, 0);
        ds.put(DataElement.of(0x7FE00010, VR.OB, pixels()));
        return ds;
    }

    private static byte[] pixels() {
        byte[] p = new byte[W * H];
        for (int i = 0; i < p.length; i++) {
            p[i] = (byte) (1 + i % 250);
        }
        return p;
    }

    private static RulePixelStage stage() throws Exception {
        List<RedactionRule> rules = RuleParser.parse(RULES, "test-rules.yaml");
        return new RulePixelStage(rules, RedactionOptions.DEFAULT, false);
    }

    private static byte[] pixelData(Dataset ds) throws Exception {
        DataElement e = ds.get(0x7FE00010);
        return e.bytes() != null ? e.bytes() : e.bulk().readAll();
    }

    private static boolean inRegion(int x, int y) {
        return y < 8 || (x >= 40 && x < 50 && y >= 40 && y < 45);
    }

    @Test
    void clean_matchingSignature_fillsRegionsKeepsTheRestAndSetsBurnedInNo() throws Exception {
        Dataset ds = image("ACME", "US", null);
        RulePixelStage stage = stage();
        TransferSyntax ts = stage.clean(ds, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, CLEAN);
        byte[] before = pixels();
        byte[] after = pixelData(ds);
        stage.written(ds);
        assertEquals(TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, ts);
        assertEquals(before.length, after.length);
        int filled = 0;
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                int i = y * W + x;
                if (inRegion(x, y)) {
                    assertEquals(0, after[i], "region pixel " + x + "," + y);
                    filled++;
                } else {
                    assertEquals(before[i], after[i], "outside pixel " + x + "," + y);
                }
            }
        }
        assertEquals(64 * 8 + 50, filled);
        assertEquals("NO", DatasetView.of(ds).string(0x00280301));
    }

    @Test
    void clean_largePixelDataInFile_temporaryFilesGoOnceWritten(@TempDir Path dir) throws Exception {
        Dataset ds = image("ACME", "US", null);
        DatasetView v = DatasetView.of(ds);
        v.putUnsignedShorts(0x00280100, 16);
        v.putUnsignedShorts(0x00280101, 12);
        v.putUnsignedShorts(0x00280102, 11);
        byte[] cells = new byte[W * H * 2];
        for (int i = 0; i < W * H; i++) {
            cells[2 * i] = (byte) i;
            cells[2 * i + 1] = (byte) (0x30 | i >> 8 & 0x0F); // bits 12-13: an embedded overlay
        }
        Path input = dir.resolve("input.raw");
        Files.write(input, cells);
        ds.put(DataElement.of(0x7FE00010, VR.OW, new BulkData(input, 0, cells.length, false, 2)));
        Path temp = Files.createDirectory(dir.resolve("temp"));
        RedactionOptions streaming = RedactionOptions.DEFAULT.withTempDirectory(temp).withInMemoryLimit(0);
        RulePixelStage stage = new RulePixelStage(RuleParser.parse(RULES, "test-rules.yaml"), streaming, true);
        int liveBefore = PixelTempFiles.live();

        stage.clean(ds, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, CLEAN);
        try (Stream<Path> files = Files.list(temp)) {
            assertEquals(2, files.count(), "one temporary file for the regions, one for the overlay bits");
        }
        byte[] after = pixelData(ds);
        for (int i = 0; i < W * H; i++) {
            int cell = after[2 * i] & 0xFF | (after[2 * i + 1] & 0xFF) << 8;
            int x = i % W;
            int y = i / W;
            assertEquals(inRegion(x, y) ? 0 : i & 0xFFF, cell, "pixel " + x + "," + y);
        }
        stage.written(ds);

        try (Stream<Path> files = Files.list(temp)) {
            assertEquals(List.of(), files.toList(), "temporary files deleted after writing");
        }
        assertEquals(liveBefore, PixelTempFiles.live(), "nothing left for the exit-time cleanup");
        assertArrayEquals(cells, Files.readAllBytes(input), "input untouched");
    }

    @Test
    void clean_probableBurnedInTextWithoutRule_refusedWithReason() throws Exception {
        Dataset ds = image("OTHER VENDOR", "US", null);
        DeidException e = assertThrows(DeidException.class,
                () -> stage().clean(ds, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, CLEAN));
        assertTrue(e.getMessage().contains("modality US"), e.getMessage());
        assertTrue(e.getMessage().contains("no pixel rule matches"), e.getMessage());
        Dataset yes = image("OTHER VENDOR", "CT", "YES");
        DeidException e2 = assertThrows(DeidException.class,
                () -> stage().clean(yes, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, CLEAN));
        assertTrue(e2.getMessage().contains("Burned In Annotation is YES"), e2.getMessage());
    }

    @Test
    void clean_noBurnedInTextExpected_pixelsUntouched() throws Exception {
        Dataset ct = image("OTHER VENDOR", "CT", null);
        stage().clean(ct, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, CLEAN);
        assertArrayEquals(pixels(), pixelData(ct));
        Dataset usNo = image("OTHER VENDOR", "US", "NO");
        stage().clean(usNo, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, CLEAN);
        assertArrayEquals(pixels(), pixelData(usNo));
    }

    @Test
    void clean_withoutCleanPixelData_leavesPixelsAlone() throws Exception {
        Dataset ds = image("ACME", "US", null);
        stage().clean(ds, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, Set.of());
        assertArrayEquals(pixels(), pixelData(ds));
    }
}
