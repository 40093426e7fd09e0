package org.veil.deid.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;
import org.veil.dicom.ReadLimits;
import org.veil.dicom.TransferSyntax;
import org.veil.dicom.VR;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.io.DicomReader;

class EncryptedAttributesTest {
    @Test
    void deidentify_withProtector_originalsOfChangedAttributesAreInTheEncryptedItem() throws Exception {
        byte[][] plain = new byte[1][];
        AttributeProtector reversing = encoded -> {
            plain[0] = encoded;
            byte[] out = encoded.clone();
            for (int i = 0; i < out.length; i++) {
                out[i] ^= 0x5A;
            }
            return out;
        };
        Dataset ds = new Dataset();
        DatasetView v = DatasetView.of(ds);
        v.putString(0x00100010, VR.PN, "SMITH^JOHN");
        v.putString(0x00100020, VR.LO, "PID7");
        v.putString(0x00080060, VR.CS, "CT");
        new Deidentifier(DeidConfig.builder().protector(reversing).build()).deidentify(ds);
        Dataset item = ds.get(0x04000500).sequence().get(0);
        assertEquals("1.2.840.10008.1.2.1", DatasetView.of(item).string(0x04000510));
        byte[] content = item.get(0x04000520).bytes();
        assertEquals(plain[0][0] ^ 0x5A, content[0]);
        Dataset payload = DicomReader.openDataset(new ByteArrayInputStream(plain[0]), "payload",
                TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, ReadLimits.DEFAULT).readDataset();
        Dataset modified = payload.get(0x04000550).sequence().get(0);
        assertEquals("SMITH^JOHN", DatasetView.of(modified).string(0x00100010));
        assertEquals("PID7", DatasetView.of(modified).string(0x00100020));
        assertEquals(null, modified.get(0x00080060), "unchanged attributes are not copied");
        assertNotNull(ds.get(0x00100010));
    }
}
