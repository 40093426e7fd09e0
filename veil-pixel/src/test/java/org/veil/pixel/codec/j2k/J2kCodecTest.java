package org.veil.pixel.codec.j2k;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.veil.dicom.TransferSyntax;
import org.veil.pixel.CorruptPixelDataException;
import org.veil.pixel.UnsupportedPixelCodingException;
import org.veil.pixel.codec.CodecLimits;
import org.veil.pixel.fixture.RandomFrames;
import org.veil.pixel.fixture.ReferenceFrames;
import org.veil.pixel.frame.Frame;
import org.veil.pixel.frame.ImageDescriptor;
import org.veil.pixel.frame.PhotometricInterpretation;

class J2kCodecTest {
    private final J2kCodec codec = new J2kCodec(TransferSyntax.JPEG_2000_LOSSLESS, CodecLimits.DEFAULT);
    private final ImageDescriptor mono = ImageDescriptor.builder().columns(20).rows(10).bitsAllocated(16)
            .bitsStored(12).build();

    private byte[] encoded() throws Exception {
        return codec.encode(RandomFrames.of(mono, 12, 1), mono);
    }

    @Test
    void encode_twelveBit_writesPrecisionTwelveInSiz() throws Exception {
        byte[] coded = encoded();
        assertEquals(11, coded[4 + 38] & 0x7F);
    }

    @Test
    void encode_ybrIct_becomesYbrRctWithColorTransform() throws Exception {
        ImageDescriptor ict = ImageDescriptor.builder().columns(8).rows(8).bitsAllocated(8)
                .photometric(PhotometricInterpretation.YBR_ICT).build();
        assertEquals(PhotometricInterpretation.YBR_RCT, codec.encodedDescriptor(ict).photometric());
        Frame f = RandomFrames.of(ict, 8, 2);
        J2kCodestream cs = J2kCodestream.inspect(codec.encode(f, ict), "test");
        assertEquals(true, cs.mct());
    }

    @Test
    void decode_missingEoc_reportsTruncation() throws Exception {
        byte[] coded = encoded();
        byte[] cut = Arrays.copyOf(coded, coded.length - 40);
        var e = assertThrows(CorruptPixelDataException.class, () -> codec.decode(cut, mono));
        assertEquals("JPEG 2000 (1.2.840.10008.1.2.4.90) @0x" + Integer.toHexString(cut.length).toUpperCase()
                + ": codestream does not end with EOC (FFD9): truncated?", e.getMessage());
    }

    @Test
    void decode_sizeDiffersFromDescriptor_namesBoth() throws Exception {
        ImageDescriptor wider = mono.toBuilder().columns(21).build();
        var e = assertThrows(CorruptPixelDataException.class, () -> codec.decode(encoded(), wider));
        assertEquals("JPEG 2000 (1.2.840.10008.1.2.4.90) @0x0: codestream holds 20x10x1 samples of 12 bits, the"
                + " image description 21x10x1 of 16", e.getMessage());
    }

    @Test
    void decode_notACodestream_fails() {
        var e = assertThrows(CorruptPixelDataException.class, () -> codec.decode(new byte[] {1, 2, 3, 4, 5}, mono));
        assertEquals("JPEG 2000 (1.2.840.10008.1.2.4.90) @0x0: codestream does not start with SOC and SIZ",
                e.getMessage());
    }

    @Test
    void decode_capMarker_unsupportedAsHtj2k() throws Exception {
        byte[] coded = encoded();
        int siz = 4 + ((coded[4] & 0xFF) << 8 | coded[5] & 0xFF);
        byte[] withCap = new byte[coded.length + 8];
        System.arraycopy(coded, 0, withCap, 0, siz);
        byte[] cap = {(byte) 0xFF, 0x50, 0, 6, 0, 2, 0, 0};
        System.arraycopy(cap, 0, withCap, siz, cap.length);
        System.arraycopy(coded, siz, withCap, siz + cap.length, coded.length - siz);
        var e = assertThrows(UnsupportedPixelCodingException.class, () -> codec.decode(withCap, mono));
        assertEquals("JPEG 2000 (1.2.840.10008.1.2.4.90) @0x0: HTJ2K codestream (ISO/IEC 15444-15 block coder) in"
                + " transfer syntax 1.2.840.10008.1.2.4.90: no decoder available", e.getMessage());
    }

    @Test
    void decode_partOneCodestreamInHtj2kSyntax_decodes() throws Exception {
        Frame f = RandomFrames.of(mono, 12, 5);
        J2kCodec htj2k = new J2kCodec(TransferSyntax.HTJ2K, CodecLimits.DEFAULT);
        ReferenceFrames.assertSame(f, htj2k.decode(codec.encode(f, mono), mono), "Part 1 in .203");
        assertThrows(UnsupportedPixelCodingException.class, () -> htj2k.encode(f, mono));
    }

    @Test
    void decode_absurdDescriptor_refusedByLimits() {
        ImageDescriptor huge = ImageDescriptor.builder().columns(65535).rows(65535).bitsAllocated(16).build();
        assertThrows(UnsupportedPixelCodingException.class, () -> codec.decode(new byte[10], huge));
    }
}
