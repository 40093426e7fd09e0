package org.veil.pixel.codec.jpegls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.veil.pixel.CorruptPixelDataException;
import org.veil.pixel.UnsupportedPixelCodingException;
import org.veil.pixel.codec.CodecLimits;
import org.veil.pixel.fixture.RandomFrames;
import org.veil.pixel.fixture.ReferenceFrames;
import org.veil.pixel.frame.Frame;
import org.veil.pixel.frame.ImageDescriptor;
import org.veil.pixel.frame.PhotometricInterpretation;
import org.veil.pixel.frame.PixelRepresentation;

class JpegLsCodecTest {
    private final JpegLsCodec codec = new JpegLsCodec(CodecLimits.DEFAULT);
    private final ImageDescriptor mono8 = ImageDescriptor.builder().columns(16).rows(8).bitsAllocated(8).build();

    private byte[] encoded() throws Exception {
        return codec.encode(RandomFrames.of(mono8, 8, 7), mono8);
    }

    @Test
    void resolve_defaults_followT87C2411() {
        assertEquals(new PresetParameters(255, 3, 7, 21, 64), PresetParameters.DEFAULTS.resolve(8, 0));
        assertEquals(new PresetParameters(65535, 18, 67, 276, 64), PresetParameters.DEFAULTS.resolve(16, 0));
        assertEquals(new PresetParameters(4095, 18, 67, 276, 64), PresetParameters.DEFAULTS.resolve(12, 0));
        assertEquals(new PresetParameters(127, 2, 3, 10, 64), PresetParameters.DEFAULTS.resolve(7, 0));
        assertEquals(new PresetParameters(255, 12, 22, 42, 64), PresetParameters.DEFAULTS.resolve(8, 3));
    }

    @Test
    void resolve_thresholdsOutOfOrder_fails() {
        assertThrows(IllegalArgumentException.class, () -> new PresetParameters(0, 9, 5, 20, 0).resolve(8, 0));
    }

    @Test
    void decode_notStartingWithSoi_fails() {
        var e = assertThrows(CorruptPixelDataException.class, () -> codec.decode(new byte[] {1, 2, 3}, mono8));
        assertEquals("JPEG-LS @0x0: expected a marker, found 0x1", e.getMessage());
    }

    @Test
    void decode_frameHeaderContradictsDescriptor_namesBoth() throws Exception {
        ImageDescriptor other = mono8.toBuilder().columns(17).build();
        var e = assertThrows(CorruptPixelDataException.class, () -> codec.decode(encoded(), other));
        assertEquals("JPEG-LS @0x2: stream holds 16x8x1 samples of 8 bits, the image description 17x8x1 of 8",
                e.getMessage());
    }

    @Test
    void decode_truncatedScan_reportsEarlyEnd() throws Exception {
        byte[] coded = encoded();
        byte[] cut = Arrays.copyOf(coded, coded.length / 2);
        var e = assertThrows(CorruptPixelDataException.class, () -> codec.decode(cut, mono8));
        assertTrue(e.getMessage().endsWith("coded data of the scan ends too early"), e.getMessage());
        assertEquals(cut.length, e.offset());
    }

    @Test
    void decode_truncatedInsideHeader_namesOffset() throws Exception {
        byte[] cut = Arrays.copyOf(encoded(), 9);
        var e = assertThrows(CorruptPixelDataException.class, () -> codec.decode(cut, mono8));
        assertEquals("JPEG-LS @0x4: marker segment length 11 passes the end of the stream (9 bytes)", e.getMessage());
    }

    @Test
    void decode_missingEoi_isAccepted() throws Exception {
        Frame source = RandomFrames.of(mono8, 8, 3);
        byte[] coded = codec.encode(source, mono8);
        ReferenceFrames.assertSame(source, codec.decode(Arrays.copyOf(coded, coded.length - 2), mono8), "no EOI");
    }

    @Test
    void decode_mappingTable_unsupported() throws Exception {
        byte[] coded = encoded();
        int sos = indexOf(coded, 0xDA);
        coded[sos + 6] = 1;
        var e = assertThrows(UnsupportedPixelCodingException.class, () -> codec.decode(coded, mono8));
        assertTrue(e.getMessage().endsWith("mapping table (palettized JPEG-LS)"), e.getMessage());
    }

    @Test
    void decode_wrongRestartMarker_fails() throws Exception {
        JpegLsCodec restarting = new JpegLsCodec(CodecLimits.DEFAULT, JpegLsEncodeOptions.LOSSLESS.withRestartInterval(2));
        byte[] coded = restarting.encode(RandomFrames.of(mono8, 8, 5), mono8);
        int rst = indexOf(coded, 0xD0);
        coded[rst + 1] = (byte) 0xD3;
        var e = assertThrows(CorruptPixelDataException.class, () -> restarting.decode(coded, mono8));
        assertEquals("JPEG-LS @0x" + Integer.toHexString(rst).toUpperCase() + ": expected restart marker FFD0",
                e.getMessage());
    }

    @Test
    void decode_baselineJpeg_unsupported() {
        byte[] sof0 = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xC0, 0, 11, 8, 0, 8, 0, 16, 1, 1, 0x11, 0};
        var e = assertThrows(UnsupportedPixelCodingException.class, () -> codec.decode(sof0, mono8));
        assertEquals("JPEG-LS @0x2: SOF marker FFC0: not a JPEG-LS stream", e.getMessage());
    }

    @Test
    void encode_signExtendedTwelveBit_widensPrecisionAndStaysExact() throws Exception {
        ImageDescriptor ct = ImageDescriptor.builder().columns(4).rows(2).bitsAllocated(16).bitsStored(12)
                .pixelRepresentation(PixelRepresentation.SIGNED).build();
        Frame f = Frame.allocate(ct);
        f.plane(0).set(0, 0, 0xFC18);
        f.plane(0).set(3, 1, 0x07FF);
        byte[] coded = codec.encode(f, ct);
        assertEquals(16, coded[indexOf(coded, 0xF7) + 4]);
        ReferenceFrames.assertSame(f, codec.decode(coded, ct), "sign-extended cells");
    }

    @Test
    void encode_thirtyTwoBit_unsupported() {
        ImageDescriptor d = ImageDescriptor.builder().bitsAllocated(32).photometric(PhotometricInterpretation.MONOCHROME2)
                .build();
        assertThrows(UnsupportedPixelCodingException.class, () -> codec.encode(Frame.allocate(d), d));
    }

    /** Offset of the first marker FF code. */
    private static int indexOf(byte[] b, int code) {
        for (int i = 0; i + 1 < b.length; i++) {
            if (b[i] == (byte) 0xFF && (b[i + 1] & 0xFF) == code) {
                return i;
            }
        }
        throw new AssertionError("marker FF" + Integer.toHexString(code) + " not found");
    }
}
