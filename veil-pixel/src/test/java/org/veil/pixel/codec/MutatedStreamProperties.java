package org.veil.pixel.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Arrays;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.veil.dicom.TransferSyntax;
import org.veil.pixel.PixelCodingException;
import org.veil.pixel.fixture.RandomFrames;
import org.veil.pixel.frame.Frame;
import org.veil.pixel.frame.ImageDescriptor;
import org.veil.pixel.frame.PhotometricInterpretation;

/**
 * Hostile input: valid frames of every codec, cut short and with random bytes overwritten, must decode to a frame
 * of the described size or fail with a {@link PixelCodingException}: no other exception, no hang.
 */
class MutatedStreamProperties {
    private static final FrameCodecRegistry REGISTRY = FrameCodecRegistry.standard(CodecLimits.DEFAULT);
    private static final ImageDescriptor RGB = ImageDescriptor.builder().columns(33).rows(17).bitsAllocated(8)
            .photometric(PhotometricInterpretation.RGB).build();
    private static final ImageDescriptor MONO = ImageDescriptor.builder().columns(24).rows(20).bitsAllocated(16)
            .bitsStored(12).build();

    @Provide
    Arbitrary<String> syntaxes() {
        return Arbitraries.of("1.2.840.10008.1.2.5", "1.2.840.10008.1.2.4.80", "1.2.840.10008.1.2.4.90",
                "1.2.840.10008.1.2.8.1", "1.2.840.10008.1.2.1.98");
    }

    @Property(tries = 300)
    void decode_mutatedFrame_givesFrameOrCodingException(@ForAll("syntaxes") String uid, @ForAll long seed)
            throws Exception {
        SplittableRandom r = new SplittableRandom(seed);
        ImageDescriptor d = r.nextBoolean() ? RGB : MONO;
        FrameCodec codec = REGISTRY.require(TransferSyntax.of(uid));
        byte[] coded = codec.encode(RandomFrames.of(d, d.bitsStored(), seed), d);
        byte[] broken = r.nextInt(3) == 0 ? Arrays.copyOf(coded, r.nextInt(coded.length)) : coded.clone();
        for (int i = r.nextInt(1, 8); i > 0 && broken.length > 0; i--) {
            broken[r.nextInt(broken.length)] = (byte) r.nextInt(256);
        }
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            try {
                Frame f = codec.decode(broken, d);
                assertEquals(d.columns(), f.columns());
                assertEquals(d.rows(), f.rows());
            } catch (PixelCodingException expected) {
                assertEquals(codec.name(), expected.codec());
            }
        }, uid);
    }
}
