package org.veil.pixel.frame;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class NativeFrameCodecProperties {

    /** A random image layout and a seed for its bytes. */
    record Case(ImageDescriptor d, int swapUnit, long seed) {
    }

    @Provide
    Arbitrary<Case> layouts() {
        Arbitrary<Integer> bits = Arbitraries.of(1, 8, 16, 24, 32, 40, 64);
        Arbitrary<PhotometricInterpretation> pi = Arbitraries.of(PhotometricInterpretation.MONOCHROME2,
                PhotometricInterpretation.RGB, PhotometricInterpretation.YBR_FULL_422);
        Arbitrary<Integer> size = Arbitraries.integers().between(1, 23);
        return Combinators.combine(bits, pi, size, size, Arbitraries.integers().between(1, 4),
                Arbitraries.of(PlanarConfiguration.values()), Arbitraries.of(1, 2, 4, 8), Arbitraries.longs())
                .as((ba, p, cols, rows, frames, pc, swap, seed) -> {
                    PhotometricInterpretation photometric = ba == 1 ? PhotometricInterpretation.MONOCHROME2 : p;
                    int columns = photometric == PhotometricInterpretation.YBR_FULL_422 ? cols * 2 : cols;
                    PlanarConfiguration planar = photometric == PhotometricInterpretation.YBR_FULL_422
                            ? PlanarConfiguration.COLOR_BY_PIXEL : pc;
                    ImageDescriptor d = ImageDescriptor.builder().bitsAllocated(ba).bitsStored(ba == 1 ? 1 : ba - 3)
                            .photometric(photometric).columns(columns).rows(rows).numberOfFrames(frames)
                            .planarConfiguration(planar).build();
                    int unit = d.nativeLength() % swap == 0 ? swap : 1;
                    return new Case(d, unit, seed);
                });
    }

    private static byte[] randomValue(Case c) {
        byte[] value = new byte[(int) c.d.nativeLength()];
        new SplittableRandom(c.seed).nextBytes(value);
        long usedBits = c.d.numberOfFrames() * c.d.frameBits();
        for (long bit = 0; bit < value.length * 8L; bit++) {
            if (unswappedBit(bit, c.swapUnit) >= usedBits) {
                value[(int) (bit >>> 3)] &= (byte) ~(1 << (bit & 7));
            }
        }
        return value;
    }

    @Property(tries = 300)
    void decodeThenEncode_everyFrame_givesIdenticalBytes(@ForAll("layouts") Case c) throws Exception {
        byte[] value = randomValue(c);
        NativeFrameCodec codec = new NativeFrameCodec(c.d, new NativeFrameOptions(c.swapUnit, UnusedBits.PRESERVE));
        byte[] rebuilt = new byte[value.length];
        for (int i = 0; i < c.d.numberOfFrames(); i++) {
            codec.encodeFrame(codec.decodeFrame(value, i), rebuilt, i);
        }
        assertArrayEquals(value, rebuilt);
    }

    @Property(tries = 300)
    void encodeFrame_oneCellChanged_changesOnlyBitsOfThatFrame(@ForAll("layouts") Case c) throws Exception {
        byte[] value = randomValue(c);
        NativeFrameCodec codec = new NativeFrameCodec(c.d, new NativeFrameOptions(c.swapUnit, UnusedBits.PRESERVE));
        SplittableRandom random = new SplittableRandom(c.seed ^ 0x5DEECE66DL);
        int index = random.nextInt(c.d.numberOfFrames());
        Frame f = codec.decodeFrame(value, index);
        int s = random.nextInt(f.samples());
        Plane p = f.plane(s);
        int x = random.nextInt(p.width());
        int y = random.nextInt(p.height());
        long flipped = p.get(x, y) ^ 1;
        p.set(x, y, flipped);
        byte[] changed = value.clone();
        codec.encodeFrame(f, changed, index);
        assertEquals(flipped, codec.decodeFrame(changed, index).plane(s).get(x, y));
        int differing = 0;
        for (long bit = 0; bit < value.length * 8L; bit++) {
            long swappedBit = unswappedBit(bit, c.swapUnit);
            boolean inFrame = swappedBit >= c.d.frameStartBit(index) && swappedBit < c.d.frameStartBit(index) + c.d.frameBits();
            int a = value[(int) (bit >>> 3)] >> (bit & 7) & 1;
            int b = changed[(int) (bit >>> 3)] >> (bit & 7) & 1;
            if (a != b) {
                differing++;
                assertEquals(true, inFrame, "bit " + bit + " outside frame " + index + " changed");
            }
        }
        assertEquals(1, differing);
    }

    /** Where a stored bit sits in the little endian view of the value. */
    private static long unswappedBit(long bit, int unit) {
        long byteIndex = bit >>> 3;
        long unitStart = byteIndex - byteIndex % unit;
        long mirrored = unitStart + (unit - 1 - (byteIndex - unitStart));
        return mirrored * 8 + (bit & 7);
    }

    @Property(tries = 200)
    void decode_unusedBitsZero_keepsOnlyStoredBits(@ForAll("layouts") Case c) throws Exception {
        byte[] value = randomValue(c);
        NativeFrameCodec preserve = new NativeFrameCodec(c.d, new NativeFrameOptions(c.swapUnit, UnusedBits.PRESERVE));
        NativeFrameCodec zero = new NativeFrameCodec(c.d, new NativeFrameOptions(c.swapUnit, UnusedBits.ZERO));
        Frame all = preserve.decodeFrame(value, 0);
        Frame stored = zero.decodeFrame(value, 0);
        long mask = c.d.bitsStored() == 64 ? -1L : (1L << c.d.bitsStored()) - 1;
        for (int s = 0; s < all.samples(); s++) {
            Plane a = all.plane(s);
            for (int y = 0; y < a.height(); y++) {
                for (int x = 0; x < a.width(); x++) {
                    assertEquals(a.get(x, y) & mask, stored.plane(s).get(x, y));
                }
            }
        }
    }
}
