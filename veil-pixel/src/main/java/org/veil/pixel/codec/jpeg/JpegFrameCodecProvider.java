package org.veil.pixel.codec.jpeg;

import java.util.Map;
import org.veil.dicom.TransferSyntax;
import org.veil.pixel.codec.CodecLimits;
import org.veil.pixel.codec.FrameCodec;
import org.veil.pixel.codec.FrameCodecProvider;

/**
 * Registers the JPEG family with {@link org.veil.pixel.codec.FrameCodecRegistry}: baseline (.50) and extended (.51)
 * decode only (redact those streams block by block with {@link JpegCoefficientImage}); lossless (.57, .70) decode and
 * encode (predictor 1, so the output is valid for both).
 */
public final class JpegFrameCodecProvider implements FrameCodecProvider {

    @Override
    public Map<String, FrameCodec> codecs(CodecLimits limits) {
        JpegLimits jpegLimits = new JpegLimits(Math.max(1, limits.maxFrameBytes() / 2));
        return Map.of(
                TransferSyntax.JPEG_BASELINE.uid(), new JpegFrameCodec("JPEG Baseline", false, jpegLimits, limits),
                TransferSyntax.JPEG_EXTENDED.uid(), new JpegFrameCodec("JPEG Extended", false, jpegLimits, limits),
                TransferSyntax.JPEG_LOSSLESS.uid(), new JpegFrameCodec("JPEG Lossless", true, jpegLimits, limits),
                TransferSyntax.JPEG_LOSSLESS_SV1.uid(),
                new JpegFrameCodec("JPEG Lossless SV1", true, jpegLimits, limits));
    }
}
