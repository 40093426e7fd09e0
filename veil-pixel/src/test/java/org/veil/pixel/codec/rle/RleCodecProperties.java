package org.veil.pixel.codec.rle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.veil.pixel.codec.CodecLimits;
import org.veil.pixel.fixture.RandomFrames;
import org.veil.pixel.fixture.ReferenceFrames;
import org.veil.pixel.frame.FillValue;
import org.veil.pixel.frame.Frame;
import org.veil.pixel.frame.ImageDescriptor;
import org.veil.pixel.frame.PhotometricInterpretation;
import org.veil.pixel.frame.Rect;
import org.veil.pixel.frame.RegionFill;

class RleCodecProperties {
    private final RleCodec codec = new RleCodec(CodecLimits.DEFAULT);

    record Case(ImageDescriptor d, long seed) {
    }

    @Provide
    Arbitrary<Case> images() {
        return Combinators.combine(Arbitraries.of(1, 8, 16, 24, 32), Arbitraries.of(PhotometricInterpretation.MONOCHROME2,
                        PhotometricInterpretation.RGB, PhotometricInterpretation.YBR_FULL),
                Arbitraries.integers().between(1, 300), Arbitraries.integers().between(1, 40), Arbitraries.longs())
                .as((bits, pi, columns, rows, seed) -> new Case(ImageDescriptor.builder().bitsAllocated(bits)
                        .photometric(bits == 1 ? PhotometricInterpretation.MONOCHROME2 : pi).columns(columns)
                        .rows(rows).build(), seed));
    }

    @Property(tries = 200)
    void encodeThenDecode_anyFrame_isIdentical(@ForAll("images") Case c) throws Exception {
        Frame f = RandomFrames.of(c.d, c.d.bitsAllocated(), c.seed);
        byte[] coded = codec.encode(f, c.d);
        ReferenceFrames.assertSame(f, codec.decode(coded, c.d), c.d.toString());
        ByteBuffer b = ByteBuffer.wrap(coded).order(ByteOrder.LITTLE_ENDIAN);
        int segments = b.getInt(0);
        for (int i = 0; i < segments; i++) {
            int end = i + 1 < segments ? b.getInt(8 + 4 * i) : coded.length;
            assertEquals(0, (end - b.getInt(4 + 4 * i)) % 2, "segment " + i + " has odd length");
        }
        assertEquals(64, b.getInt(4));
    }

    @Property(tries = 100)
    void redact_encodeDecode_rectUniformAndRestIdentical(@ForAll("images") Case c,
            @ForAll("rects") Rect rect) throws Exception {
        Frame original = RandomFrames.of(c.d, c.d.bitsAllocated(), c.seed);
        Frame redacted = original.copy();
        Rect done = RegionFill.fill(redacted, c.d, rect, FillValue.black());
        long[] black = FillValue.black().cells(c.d);
        Frame decoded = codec.decode(codec.encode(redacted, c.d), c.d);
        int changed = 0;
        for (int s = 0; s < decoded.samples(); s++) {
            for (int y = 0; y < c.d.rows(); y++) {
                for (int x = 0; x < c.d.columns(); x++) {
                    long expected = done.contains(x, y) ? black[s] : original.plane(s).get(x, y);
                    assertEquals(expected, decoded.plane(s).get(x, y));
                    changed += done.contains(x, y) ? 1 : 0;
                }
            }
        }
        assertTrue(done.isEmpty() || changed > 0);
    }

    @Provide
    Arbitrary<Rect> rects() {
        Arbitrary<Integer> pos = Arbitraries.integers().between(-20, 200);
        Arbitrary<Integer> size = Arbitraries.integers().between(0, 120);
        return Combinators.combine(pos, pos, size, size).as(Rect::new);
    }
}
