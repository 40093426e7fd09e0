package org.veil.pixel.codec;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import org.veil.dicom.TransferSyntax;
import org.veil.pixel.UnsupportedPixelCodingException;
import org.veil.pixel.codec.deflate.DeflatedFrameCodec;
import org.veil.pixel.codec.j2k.J2kCodec;
import org.veil.pixel.codec.jpegls.JpegLsCodec;
import org.veil.pixel.codec.rle.RleCodec;

/**
 * Which {@link FrameCodec} handles the frames of an encapsulated transfer syntax. Native transfer syntaxes have no
 * entry: their frames are read with {@link org.veil.pixel.frame.NativeFrameCodec}. Immutable and thread-safe.
 */
public final class FrameCodecRegistry {
    private final Map<String, FrameCodec> codecs;

    private FrameCodecRegistry(Map<String, FrameCodec> codecs) {
        this.codecs = Map.copyOf(codecs);
    }

    /**
     * The codecs Veil ships: RLE Lossless, JPEG-LS (.80, .81), JPEG 2000 (.90, .91), HTJ2K (.201, .202, .203; only
     * codestreams without the HT block coder decode), Deflated Image Frame Compression and Encapsulated Uncompressed,
     * plus whatever {@link FrameCodecProvider}s the class path offers (the JPEG family).
     */
    public static FrameCodecRegistry standard(CodecLimits limits) {
        return standard(limits, Thread.currentThread().getContextClassLoader());
    }

    /** As {@link #standard(CodecLimits)}, looking for {@link FrameCodecProvider}s with the given class loader. */
    public static FrameCodecRegistry standard(CodecLimits limits, ClassLoader providers) {
        Builder b = builder();
        b.register(TransferSyntax.RLE_LOSSLESS, new RleCodec(limits));
        JpegLsCodec jpegLs = new JpegLsCodec(limits);
        b.register(TransferSyntax.JPEG_LS_LOSSLESS, jpegLs);
        b.register(TransferSyntax.JPEG_LS_NEAR_LOSSLESS, jpegLs);
        for (TransferSyntax ts : new TransferSyntax[] {TransferSyntax.JPEG_2000_LOSSLESS, TransferSyntax.JPEG_2000,
                TransferSyntax.HTJ2K_LOSSLESS, TransferSyntax.HTJ2K_LOSSLESS_RPCL, TransferSyntax.HTJ2K}) {
            b.register(ts, new J2kCodec(ts, limits));
        }
        b.register(TransferSyntax.DEFLATED_IMAGE_FRAME, new DeflatedFrameCodec(limits));
        b.register(TransferSyntax.ENCAPSULATED_UNCOMPRESSED, new EncapsulatedUncompressedCodec(limits));
        for (FrameCodecProvider provider : ServiceLoader.load(FrameCodecProvider.class, providers)) {
            provider.codecs(limits).forEach(b::register);
        }
        return b.build();
    }

    /** An empty builder, for tests and custom sets of codecs. */
    public static Builder builder() {
        return new Builder();
    }

    /** The codec for a transfer syntax, if any. */
    public Optional<FrameCodec> find(TransferSyntax ts) {
        return Optional.ofNullable(codecs.get(ts.uid()));
    }

    /** The codec for a transfer syntax; throws naming the UID when there is none. */
    public FrameCodec require(TransferSyntax ts) throws UnsupportedPixelCodingException {
        FrameCodec codec = codecs.get(ts.uid());
        if (codec == null) {
            throw new UnsupportedPixelCodingException("transfer syntax " + ts.uid(),
                    UnsupportedPixelCodingException.NO_OFFSET, "no frame codec for this transfer syntax");
        }
        return codec;
    }

    /** The UIDs with a codec. */
    public Set<String> transferSyntaxes() {
        return codecs.keySet();
    }

    /** Assembles a registry; each transfer syntax may be registered once. */
    public static final class Builder {
        private final Map<String, FrameCodec> codecs = new LinkedHashMap<>();

        public Builder register(TransferSyntax ts, FrameCodec codec) {
            return register(ts.uid(), codec);
        }

        public Builder register(String transferSyntaxUid, FrameCodec codec) {
            if (codecs.putIfAbsent(transferSyntaxUid, codec) != null) {
                throw new IllegalStateException("transfer syntax " + transferSyntaxUid + " already has codec "
                        + codecs.get(transferSyntaxUid).name());
            }
            return this;
        }

        public FrameCodecRegistry build() {
            return new FrameCodecRegistry(codecs);
        }
    }
}
