package org.veil.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.provider.MethodSource;
import org.veil.dicom.TransferSyntax;
import org.veil.pixel.codec.CodecLimits;
import org.veil.pixel.codec.FrameCodec;
import org.veil.pixel.codec.FrameCodecRegistry;
import org.veil.pixel.frame.ImageDescriptor;
import org.veil.pixel.frame.PhotometricInterpretation;
import org.veil.pixel.frame.PixelRepresentation;

/**
 * The frame decoders (RLE, JPEG baseline/extended/lossless, JPEG-LS, JPEG 2000, deflated frames, encapsulated
 * uncompressed) on any bytes: they return a frame or throw an {@link IOException} (corrupt or unsupported pixel
 * data, which sends the instance to quarantine). Input layout: byte 0 picks the codec, bytes 1-4 give rows and
 * columns (big endian, 1..1024), byte 5 the sample layout (bit 0: RGB, else MONOCHROME2; bit 1: 16 bits allocated,
 * else 8; bit 2: signed), the rest is one encoded frame.
 */
class PixelDecoderFuzzTest {
    static final int HEADER = 6;
    /** A small frame bound so that a hostile size is refused by the limit, not by the fuzzing JVM's heap. */
    private static final FrameCodecRegistry CODECS = FrameCodecRegistry.standard(new CodecLimits(16L << 20));
    static final List<TransferSyntax> SYNTAXES = List.of(TransferSyntax.RLE_LOSSLESS, TransferSyntax.JPEG_BASELINE,
            TransferSyntax.JPEG_EXTENDED, TransferSyntax.JPEG_LOSSLESS, TransferSyntax.JPEG_LOSSLESS_SV1,
            TransferSyntax.JPEG_LS_LOSSLESS, TransferSyntax.JPEG_LS_NEAR_LOSSLESS, TransferSyntax.JPEG_2000_LOSSLESS,
            TransferSyntax.JPEG_2000, TransferSyntax.HTJ2K_LOSSLESS, TransferSyntax.DEFLATED_IMAGE_FRAME,
            TransferSyntax.ENCAPSULATED_UNCOMPRESSED);

    @MethodSource("org.veil.fuzz.Seeds#frames")
    @FuzzTest
    void decode(byte[] data) {
        if (data.length < HEADER) {
            return;
        }
        FrameCodec codec = CODECS.find(SYNTAXES.get((data[0] & 0xFF) % SYNTAXES.size())).orElse(null);
        if (codec == null) {
            return;
        }
        int rows = 1 + ((data[1] & 0xFF) << 8 | data[2] & 0xFF) % 1024;
        int columns = 1 + ((data[3] & 0xFF) << 8 | data[4] & 0xFF) % 1024;
        int bits = (data[5] & 2) != 0 ? 16 : 8;
        ImageDescriptor d = ImageDescriptor.builder().rows(rows).columns(columns).bitsAllocated(bits)
                .bitsStored(bits).highBit(bits - 1)
                .photometric((data[5] & 1) != 0 ? PhotometricInterpretation.RGB : PhotometricInterpretation.MONOCHROME2)
                .pixelRepresentation((data[5] & 4) != 0 ? PixelRepresentation.SIGNED : PixelRepresentation.UNSIGNED)
                .build();
        try {
            codec.decode(Arrays.copyOfRange(data, HEADER, data.length), d);
        } catch (IOException refused) {
            // corrupt or unsupported pixel data: quarantine
        }
    }
}
