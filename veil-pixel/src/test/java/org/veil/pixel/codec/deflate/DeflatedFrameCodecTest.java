package org.veil.pixel.codec.deflate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;
import org.veil.pixel.CorruptPixelDataException;
import org.veil.pixel.codec.CodecLimits;
import org.veil.pixel.fixture.ExtractedImage;
import org.veil.pixel.fixture.PyDicom;
import org.veil.pixel.fixture.RandomFrames;
import org.veil.pixel.fixture.ReferenceFrames;
import org.veil.pixel.frame.Frame;
import org.veil.pixel.frame.ImageDescriptor;
import org.veil.pixel.frame.NativeFrameCodec;
import org.veil.pixel.frame.NativeFrameOptions;
import org.veil.pixel.frame.PhotometricInterpretation;
import org.veil.testkit.Corpus;
import org.veil.testkit.Tool;

class DeflatedFrameCodecTest {
    private final DeflatedFrameCodec codec = new DeflatedFrameCodec(CodecLimits.DEFAULT);
    private final ImageDescriptor rgb = ImageDescriptor.builder().columns(30).rows(20).bitsAllocated(8)
            .photometric(PhotometricInterpretation.RGB).build();

    private static byte[] rawDeflate(byte[] data) {
        Deflater d = new Deflater(9, true);
        d.setInput(data);
        d.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[4096];
        while (!d.finished()) {
            out.write(buf, 0, d.deflate(buf));
        }
        d.end();
        return out.toByteArray();
    }

    @Test
    void encodeThenDecode_rgbFrame_isIdenticalAndRawDeflate() throws Exception {
        Frame f = RandomFrames.of(rgb, 8, 11);
        byte[] coded = codec.encode(f, rgb);
        ReferenceFrames.assertSame(f, codec.decode(coded, rgb), "round trip");
        java.util.zip.Inflater inflater = new java.util.zip.Inflater(true);
        inflater.setInput(coded);
        byte[] raw = new byte[(int) rgb.frameLength()];
        assertEquals(raw.length, inflater.inflate(raw));
        inflater.end();
        assertArrayEquals(new NativeFrameCodec(rgb, NativeFrameOptions.LITTLE_ENDIAN).encode(f), raw);
    }

    @Test
    void decode_trailingPadByte_isAccepted() throws Exception {
        Frame f = RandomFrames.of(rgb, 8, 12);
        byte[] coded = codec.encode(f, rgb);
        ReferenceFrames.assertSame(f, codec.decode(Arrays.copyOf(coded, coded.length + 1), rgb), "padded");
    }

    @Test
    void decode_bomb_stopsAtFrameLength() {
        byte[] bomb = rawDeflate(new byte[200 * 1024 * 1024]);
        assertTrue(bomb.length < 300_000);
        var e = assertThrows(CorruptPixelDataException.class,
                () -> assertTimeoutPreemptively(Duration.ofSeconds(20), () -> codec.decode(bomb, rgb)));
        assertTrue(e.getMessage().endsWith("deflate stream inflates to more than the 1800-byte frame"), e.getMessage());
    }

    @Test
    void decode_tooShort_namesCounts() {
        byte[] shortStream = rawDeflate(new byte[100]);
        var e = assertThrows(CorruptPixelDataException.class, () -> codec.decode(shortStream, rgb));
        assertTrue(e.getMessage().endsWith("deflate stream ends after 100 of 1800 frame bytes"), e.getMessage());
    }

    @Test
    void decode_truncated_namesCounts() throws Exception {
        byte[] coded = codec.encode(RandomFrames.of(rgb, 8, 13), rgb);
        byte[] cut = Arrays.copyOf(coded, coded.length / 2);
        var e = assertThrows(CorruptPixelDataException.class, () -> codec.decode(cut, rgb));
        assertTrue(e.getMessage().contains("deflate stream is cut off after"), e.getMessage());
    }

    @Test
    void decode_garbage_reportsInvalidData() {
        byte[] garbage = {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x12};
        var e = assertThrows(CorruptPixelDataException.class, () -> codec.decode(garbage, rgb));
        assertTrue(e.getMessage().startsWith("Deflated Image Frame @0x"), e.getMessage());
    }

    /** The corpus' deflated SEG frames (1-bit, odd frame lengths) against Python's zlib, and our encoding of them. */
    @Test
    void decode_corpusDeflatedFrames_equalZlibInflate() throws Exception {
        Tool.require("python3");
        int checked = 0;
        for (String name : List.of("pydicom-data/liver_deflate.dcm", "pydicom-data/liver_nonbyte_aligned_deflate.dcm")) {
            Path path = Corpus.file(name).path();
            ExtractedImage image = PyDicom.extract(path);
            ImageDescriptor d = image.descriptor();
            for (byte[] coded : image.frames()) {
                byte[] inflated = zlibInflate(coded);
                assertEquals(d.frameLength(), inflated.length, name);
                Frame expected = new NativeFrameCodec(d, NativeFrameOptions.LITTLE_ENDIAN).decode(inflated, 0);
                Frame ours = codec.decode(coded, d);
                ReferenceFrames.assertSame(expected, ours, name);
                assertArrayEquals(inflated, zlibInflate(codec.encode(ours, d)), name + " re-encoded");
                checked++;
            }
        }
        assertEquals(6, checked);
    }

    /** Inflates with Python's zlib, an implementation independent of java.util.zip's use here. */
    private static byte[] zlibInflate(byte[] coded) throws Exception {
        Path dir = java.nio.file.Files.createTempDirectory("veil-zlib");
        try {
            Path in = dir.resolve("in");
            Path out = dir.resolve("out");
            java.nio.file.Files.write(in, coded);
            Tool.Result r = Tool.run(Duration.ofMinutes(1), "python3", "-c",
                    "import sys, zlib; open(sys.argv[2], 'wb').write(zlib.decompress(open(sys.argv[1], 'rb').read(), -15))",
                    in.toString(), out.toString());
            assertTrue(r.ok(), r.stderr());
            return java.nio.file.Files.readAllBytes(out);
        } finally {
            PyDicom.delete(dir);
        }
    }
}
