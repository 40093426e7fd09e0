package org.veil.pixel.redact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.veil.dicom.VR;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;
import org.veil.pixel.frame.ImageDescriptor;

class PixelAttributesTest {
    private static Dataset module() {
        Dataset ds = new Dataset();
        DatasetView v = DatasetView.of(ds);
        v.putUnsignedShorts(0x00280002, 1);
        v.putString(0x00280004, VR.CS, "MONOCHROME2");
        v.putString(0x00280008, VR.IS, "3");
        v.putUnsignedShorts(0x00280010, 4);
        v.putUnsignedShorts(0x00280011, 6);
        v.putUnsignedShorts(0x00280100, 16);
        v.putUnsignedShorts(0x00280101, 12);
        v.putUnsignedShorts(0x00280102, 11);
        v.putUnsignedShorts(0x00280103, 1);
        return ds;
    }

    @Test
    void describe_readsTheModule() throws Exception {
        ImageDescriptor d = PixelAttributes.describe(module());
        assertEquals(4, d.rows());
        assertEquals(6, d.columns());
        assertEquals(12, d.bitsStored());
        assertEquals(3, d.numberOfFrames());
        assertEquals(true, d.isSigned());
    }

    @Test
    void describe_numberThatIsNot_namesTheAttribute() {
        Dataset ds = module();
        DatasetView.of(ds).putString(0x00280008, VR.IS, "1A");
        var e = assertThrows(PixelRedactionException.class, () -> PixelAttributes.describe(ds));
        assertEquals("Number of Frames (0028,0008) is not a number", e.getMessage());
    }

    @Test
    void describe_missingBitsAllocated_namesIt() {
        Dataset ds = module();
        ds.remove(0x00280100);
        var e = assertThrows(PixelRedactionException.class, () -> PixelAttributes.describe(ds));
        assertEquals("Bits Allocated (0028,0100) is missing", e.getMessage());
    }
}
