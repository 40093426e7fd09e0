package org.veil.pixel.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.veil.dicom.TransferSyntax;
import org.veil.pixel.UnsupportedPixelCodingException;
import org.veil.pixel.codec.rle.RleCodec;
import org.veil.pixel.fixture.RandomFrames;
import org.veil.pixel.fixture.ReferenceFrames;
import org.veil.pixel.frame.Frame;
import org.veil.pixel.frame.ImageDescriptor;
import org.veil.pixel.frame.PhotometricInterpretation;

class FrameCodecRegistryTest {
    private final FrameCodecRegistry registry = FrameCodecRegistry.standard(CodecLimits.DEFAULT);

    @Test
    void standard_coversEveryNonJpegEncapsulatedSyntax() {
        assertEquals(Set.of("1.2.840.10008.1.2.5", "1.2.840.10008.1.2.4.80", "1.2.840.10008.1.2.4.81",
                "1.2.840.10008.1.2.4.90", "1.2.840.10008.1.2.4.91", "1.2.840.10008.1.2.4.201",
                "1.2.840.10008.1.2.4.202", "1.2.840.10008.1.2.4.203", "1.2.840.10008.1.2.8.1",
                "1.2.840.10008.1.2.1.98", "1.2.840.10008.1.2.4.50", "1.2.840.10008.1.2.4.51", "1.2.840.10008.1.2.4.57",
                "1.2.840.10008.1.2.4.70"), registry.transferSyntaxes());
        assertTrue(registry.find(TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN).isEmpty());
    }

    @Test
    void require_syntaxWithoutCodec_namesTheSyntax() {
        var e = assertThrows(UnsupportedPixelCodingException.class,
                () -> FrameCodecRegistry.builder().build().require(TransferSyntax.JPEG_BASELINE));
        assertEquals("transfer syntax 1.2.840.10008.1.2.4.50: no frame codec for this transfer syntax", e.getMessage());
    }

    @Test
    void register_sameSyntaxTwice_fails() {
        FrameCodecRegistry.Builder b = FrameCodecRegistry.builder()
                .register(TransferSyntax.RLE_LOSSLESS, new RleCodec(CodecLimits.DEFAULT));
        assertThrows(IllegalStateException.class, () -> b.register(TransferSyntax.RLE_LOSSLESS,
                new RleCodec(CodecLimits.DEFAULT)));
    }

    @Test
    void everyCodec_encodesWhatItDecodes() throws Exception {
        ImageDescriptor d = ImageDescriptor.builder().columns(40).rows(24).bitsAllocated(8)
                .photometric(PhotometricInterpretation.RGB).build();
        Frame f = RandomFrames.of(d, 8, 99);
        for (String uid : registry.transferSyntaxes()) {
            FrameCodec codec = registry.require(TransferSyntax.of(uid));
            if (uid.startsWith("1.2.840.10008.1.2.4.20") || uid.equals("1.2.840.10008.1.2.4.50")
                    || uid.equals("1.2.840.10008.1.2.4.51")) {
                assertThrows(UnsupportedPixelCodingException.class, () -> codec.encode(f, d));
                continue;
            }
            assertTrue(codec.lossless(), uid);
            ReferenceFrames.assertSame(f, codec.decode(codec.encode(f, d), codec.encodedDescriptor(d)), uid);
        }
    }

    @Test
    void encapsulatedUncompressed_shortFragment_fails() {
        ImageDescriptor d = ImageDescriptor.builder().columns(4).rows(4).bitsAllocated(16).build();
        var e = assertThrows(org.veil.pixel.CorruptPixelDataException.class,
                () -> new EncapsulatedUncompressedCodec(CodecLimits.DEFAULT).decode(new byte[10], d));
        assertEquals("Encapsulated Uncompressed @0xA: frame needs 32 bytes, the fragments hold 10", e.getMessage());
    }

    private static final String TEST_UID = "1.2.826.0.1.3680043.10.1.999";

    /** What the JPEG family does: a provider listed in META-INF/services adds its transfer syntaxes. */
    public static final class FakeJpegProvider implements FrameCodecProvider {
        @Override
        public java.util.Map<String, FrameCodec> codecs(CodecLimits limits) {
            return java.util.Map.of(TEST_UID, new EncapsulatedUncompressedCodec(limits));
        }
    }

    @Test
    void standard_providerOnClassPath_addsItsCodecs() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("veil-spi");
        try {
            java.nio.file.Path services = dir.resolve("META-INF/services");
            java.nio.file.Files.createDirectories(services);
            java.nio.file.Files.writeString(services.resolve(FrameCodecProvider.class.getName()),
                    FakeJpegProvider.class.getName() + "\n");
            try (java.net.URLClassLoader loader = new java.net.URLClassLoader(new java.net.URL[] {dir.toUri().toURL()},
                    getClass().getClassLoader())) {
                FrameCodecRegistry extended = FrameCodecRegistry.standard(CodecLimits.DEFAULT, loader);
                assertTrue(extended.transferSyntaxes().contains(TEST_UID));
                assertEquals(registry.transferSyntaxes().size() + 1, extended.transferSyntaxes().size());
            }
        } finally {
            org.veil.pixel.fixture.PyDicom.delete(dir);
        }
    }
}
