package org.veil.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.deid.engine.DeidConfig;
import org.veil.deid.engine.Deidentifier;
import org.veil.deid.pseudo.ProjectKey;
import org.veil.dicom.VR;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetCopy;
import org.veil.dicom.data.DatasetView;

/** Pixel data left in the file (above the bulk threshold) and long needles (UIDs, found by rolling hash). */
class LargeValuesTest {
    private static final ProjectKey KEY = ProjectKey.of("large-values-test-key-0123456789".getBytes(StandardCharsets.US_ASCII));

    @TempDir
    Path tmp;

    private static byte[] pixels() {
        byte[] p = new byte[300_000];
        for (int i = 0; i < p.length; i++) {
            p[i] = (byte) (i * 7 + i / 1000);
        }
        return p;
    }

    private Dataset deliver(String sop) throws Exception {
        Dataset in = PlantedLeakTest.input(sop, "PID998877");
        DatasetView.of(in).putUnsignedShorts(0x00280010, 300);
        DatasetView.of(in).putUnsignedShorts(0x00280011, 1000);
        in.put(DataElement.of(0x7FE00010, VR.OB, pixels()));
        Files2.write(in, tmp.resolve("in/a.dcm"));
        Dataset out = DatasetCopy.deep(in, null);
        new Deidentifier(DeidConfig.builder().key(KEY).build()).deidentify(out);
        return out;
    }

    private VerifyReport verify(int threads) throws Exception {
        return Verifier.verify(tmp.resolve("in"), tmp.resolve("out"), VerifyConfig.builder().threads(threads).build());
    }

    @Test
    void verify_unchangedBulkPixelData_clean() throws Exception {
        Files2.write(deliver("1.2.826.0.1.3680043.2.1125.555.1.1"), tmp.resolve("out/a.dcm"));
        VerifyReport r = verify(2);
        assertTrue(r.clean(), r.toText());
    }

    @Test
    void verify_oneByteOfBulkPixelDataChanged_found() throws Exception {
        Dataset out = deliver("1.2.826.0.1.3680043.2.1125.555.1.1");
        byte[] p = pixels();
        p[299_999]++;
        out.put(DataElement.of(0x7FE00010, VR.OB, p));
        Files2.write(out, tmp.resolve("out/a.dcm"));
        VerifyReport r = verify(1);
        assertEquals(List.of(Finding.Kind.PIXEL_DATA_CHANGED), r.findings().stream().map(Finding::kind).toList(),
                r.toText());
    }

    @Test
    void verify_originalSopUidInUtf16Text_foundAsUidLeak() throws Exception {
        String sop = "1.2.826.0.1.3680043.2.1125.555.1.1";
        Dataset out = deliver(sop);
        out.put(DataElement.of(0x00111002, VR.OB, ("x" + sop + "y").getBytes(StandardCharsets.UTF_16LE)));
        DatasetView.of(out).putString(0x00110010, VR.LO, "VEIL TEST");
        Files2.write(out, tmp.resolve("out/a.dcm"));
        VerifyReport r = verify(2);
        assertTrue(r.findings().stream().anyMatch(f -> f.kind() == Finding.Kind.LEAK && f.detail().startsWith("UID")
                && f.detail().contains("UTF-16") && f.where().startsWith("(0011,1002)")), r.toText());
    }
}
