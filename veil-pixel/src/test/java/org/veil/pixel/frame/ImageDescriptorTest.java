package org.veil.pixel.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ImageDescriptorTest {

    @Test
    void frameLength_ybrFull422_holdsTwoSamplesPerPixel() {
        ImageDescriptor full = ImageDescriptor.builder().rows(2).columns(4).bitsAllocated(8)
                .photometric(PhotometricInterpretation.YBR_FULL).build();
        ImageDescriptor sub = full.toBuilder().photometric(PhotometricInterpretation.YBR_FULL_422).build();
        assertEquals(24, full.frameLength());
        assertEquals(16, sub.frameLength());
    }

    @Test
    void frameStartBit_oneBitFramesNotByteAligned_startInsideAByte() {
        ImageDescriptor d = ImageDescriptor.builder().rows(510).columns(510).bitsAllocated(1).numberOfFrames(3).build();
        assertEquals(260100, d.frameBits());
        assertEquals(32513, d.frameLength());
        assertEquals(260100, d.frameStartBit(1));
        assertEquals(32512, d.frameStartBit(1) / 8);
        assertEquals(4, d.frameStartBit(1) % 8);
        assertEquals(97538, d.nativeLength());
    }

    @Test
    void nativeLength_oddTotal_isPaddedToEven() {
        ImageDescriptor d = ImageDescriptor.builder().rows(3).columns(3).bitsAllocated(8).numberOfFrames(1).build();
        assertEquals(9, d.frameLength());
        assertEquals(10, d.nativeLength());
    }

    @Test
    void builder_defaults_bitsStoredAndHighBitFollowBitsAllocated() {
        ImageDescriptor d = ImageDescriptor.builder().bitsAllocated(8).build();
        assertEquals(8, d.bitsStored());
        assertEquals(7, d.highBit());
        assertEquals(0, d.lowBit());
    }

    @Test
    void constructor_bitsAllocated12_namesTheAttribute() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> ImageDescriptor.builder().bitsAllocated(12).build());
        assertEquals("Bits Allocated (0028,0100) must be 1 or a multiple of 8 up to 64, not 12", e.getMessage());
    }

    @Test
    void constructor_highBitBelowBitsStored_namesTheRange() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> ImageDescriptor.builder().bitsAllocated(16).bitsStored(12).highBit(10).build());
        assertEquals("High Bit (0028,0102) must be 11..15, not 10", e.getMessage());
    }

    @Test
    void constructor_samplesDoNotMatchPhotometric_fails() {
        var e = assertThrows(IllegalArgumentException.class, () -> new ImageDescriptor(1, 1, 1, 8, 8, 7,
                PixelRepresentation.UNSIGNED, PlanarConfiguration.COLOR_BY_PIXEL, PhotometricInterpretation.RGB, 1,
                SampleFormat.INTEGER));
        assertEquals("Samples per Pixel (0028,0002) 1 does not match Photometric Interpretation RGB", e.getMessage());
    }

    @Test
    void constructor_float16Bit_fails() {
        assertThrows(IllegalArgumentException.class,
                () -> ImageDescriptor.builder().bitsAllocated(16).sampleFormat(SampleFormat.IEEE_FLOAT).build());
    }

    @Test
    void of_paletteColorWithSpaces_parses() {
        assertEquals(PhotometricInterpretation.PALETTE_COLOR, PhotometricInterpretation.of(" PALETTE COLOR "));
        assertThrows(IllegalArgumentException.class, () -> PhotometricInterpretation.of("ARGB"));
    }
}
