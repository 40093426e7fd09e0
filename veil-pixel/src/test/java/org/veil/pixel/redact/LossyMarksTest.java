package org.veil.pixel.redact;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.veil.dicom.TransferSyntax;
import org.veil.dicom.VR;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.dict.Tags;

class LossyMarksTest {
    private static final TransferSyntax JPEG_LS_NEAR = TransferSyntax.JPEG_LS_NEAR_LOSSLESS;

    @Test
    void ratio_nativeOverCoded_twoDecimals() {
        assertEquals("4", LossyMarks.ratio(524_288, 131_072));
        assertEquals("3.33", LossyMarks.ratio(10, 3));
        assertEquals("0.5", LossyMarks.ratio(1, 2));
        assertEquals("1", LossyMarks.ratio(100, 0));
    }

    @Test
    void mark_appendsMethodAndRatio() {
        Dataset ds = new Dataset();
        LossyMarks.mark(ds, JPEG_LS_NEAR, "7.25");
        DatasetView v = DatasetView.of(ds);
        assertEquals("01", v.string(Tags.LossyImageCompression));
        assertArrayEquals(new String[] {"ISO_14495_1"}, v.strings(Tags.LossyImageCompressionMethod));
        assertArrayEquals(new String[] {"7.25"}, v.strings(Tags.LossyImageCompressionRatio));
    }

    @Test
    void mark_earlierMethodWithoutRatio_keepsAttributesAligned() {
        Dataset ds = new Dataset();
        DatasetView v = DatasetView.of(ds);
        v.putString(Tags.LossyImageCompressionMethod, VR.CS, "ISO_10918_1");
        LossyMarks.mark(ds, JPEG_LS_NEAR, "3");
        assertArrayEquals(new String[] {"ISO_10918_1", "ISO_14495_1"}, v.strings(Tags.LossyImageCompressionMethod));
        assertArrayEquals(new String[] {"", "3"}, v.strings(Tags.LossyImageCompressionRatio));
    }

    @Test
    void mark_methodAlreadyRecorded_leavesRatioAlone() {
        Dataset ds = new Dataset();
        DatasetView v = DatasetView.of(ds);
        v.putString(Tags.LossyImageCompressionMethod, VR.CS, "ISO_14495_1");
        v.putString(Tags.LossyImageCompressionRatio, VR.DS, "12");
        LossyMarks.mark(ds, JPEG_LS_NEAR, "3");
        assertArrayEquals(new String[] {"12"}, v.strings(Tags.LossyImageCompressionRatio));
    }

    @Test
    void mark_ratioWithoutMethod_isReplacedByTheMeasuredOne() {
        Dataset ds = new Dataset();
        DatasetView v = DatasetView.of(ds);
        v.putString(Tags.LossyImageCompressionRatio, VR.DS, "5.351625");
        LossyMarks.mark(ds, JPEG_LS_NEAR, "5.35");
        assertArrayEquals(new String[] {"ISO_14495_1"}, v.strings(Tags.LossyImageCompressionMethod));
        assertArrayEquals(new String[] {"5.35"}, v.strings(Tags.LossyImageCompressionRatio));
    }
}
