package org.veil.pixel.codec.jpegls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.veil.pixel.PixelCodingException;
import org.veil.pixel.codec.CodecLimits;
import org.veil.pixel.fixture.RandomFrames;
import org.veil.pixel.fixture.ReferenceFrames;
import org.veil.pixel.frame.FillValue;
import org.veil.pixel.frame.Frame;
import org.veil.pixel.frame.ImageDescriptor;
import org.veil.pixel.frame.PhotometricInterpretation;
import org.veil.pixel.frame.Plane;
import org.veil.pixel.frame.Rect;
import org.veil.pixel.frame.RegionFill;

class JpegLsCodecProperties {

    /** An image, how to code it, and a seed for its samples. */
    record Case(ImageDescriptor d, JpegLsEncodeOptions options, long seed) {
    }

    @Provide
    Arbitrary<Case> lossless() {
        return cases(Arbitraries.just(0));
    }

    @Provide
    Arbitrary<Case> nearLossless() {
        return cases(Arbitraries.integers().between(1, 10));
    }

    private Arbitrary<Case> cases(Arbitrary<Integer> near) {
        Arbitrary<Integer> bits = Arbitraries.integers().between(2, 16);
        Arbitrary<Boolean> color = Arbitraries.of(true, false);
        Arbitrary<Integer> columns = Arbitraries.integers().between(1, 70);
        Arbitrary<Integer> rows = Arbitraries.integers().between(1, 40);
        Arbitrary<InterleaveMode> ilv = Arbitraries.of(InterleaveMode.values());
        Arbitrary<Integer> restart = Arbitraries.of(0, 0, 1, 3, 7);
        Arbitrary<Boolean> customThresholds = Arbitraries.of(false, false, true);
        return Combinators.combine(bits, color, columns, rows, ilv, near, restart, customThresholds)
                .flatAs((b, rgb, w, h, mode, n, ri, custom) -> Arbitraries.longs().map(seed -> {
                    ImageDescriptor d = ImageDescriptor.builder().bitsAllocated(b > 8 ? 16 : 8).bitsStored(b)
                            .photometric(rgb ? PhotometricInterpretation.RGB : PhotometricInterpretation.MONOCHROME2)
                            .columns(w).rows(h).build();
                    int maxVal = (1 << b) - 1;
                    int nearValue = Math.min(n, maxVal / 2);
                    PresetParameters presets = custom ? customPresets(maxVal, nearValue, seed)
                            : PresetParameters.DEFAULTS;
                    return new Case(d, new JpegLsEncodeOptions(nearValue, mode, presets, ri), seed);
                }));
    }

    /** Valid thresholds other than the defaults: T1 <= T2 <= T3 <= MAXVAL, T1 > NEAR, and RESET 3..255. */
    private static PresetParameters customPresets(int maxVal, int near, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int t1 = near + 1 + r.nextInt(Math.max(1, Math.min(maxVal, 20) - near));
        int t2 = t1 + r.nextInt(Math.max(1, Math.min(maxVal - t1 + 1, 40)));
        int t3 = t2 + r.nextInt(Math.max(1, Math.min(maxVal - t2 + 1, 100)));
        return new PresetParameters(0, Math.min(t1, maxVal), Math.min(t2, maxVal), Math.min(t3, maxVal),
                3 + r.nextInt(253));
    }

    @Property(tries = 300)
    void encodeThenDecode_lossless_isIdentical(@ForAll("lossless") Case c) throws Exception {
        JpegLsCodec codec = new JpegLsCodec(CodecLimits.DEFAULT, c.options);
        Frame f = RandomFrames.of(c.d, c.d.bitsStored(), c.seed);
        ReferenceFrames.assertSame(f, codec.decode(codec.encode(f, c.d), c.d), c.toString());
    }

    @Property(tries = 200)
    void encodeThenDecode_nearLossless_staysWithinNear(@ForAll("nearLossless") Case c) throws Exception {
        JpegLsCodec codec = new JpegLsCodec(CodecLimits.DEFAULT, c.options);
        Frame f = RandomFrames.of(c.d, c.d.bitsStored(), c.seed);
        Frame back = codec.decode(codec.encode(f, c.d), c.d);
        int worst = 0;
        for (int s = 0; s < f.samples(); s++) {
            int[] a = f.plane(s).ints();
            int[] b = back.plane(s).ints();
            for (int i = 0; i < a.length; i++) {
                worst = Math.max(worst, Math.abs(a[i] - b[i]));
            }
        }
        assertTrue(worst <= c.options.near(), "error " + worst + " above NEAR " + c.options.near());
    }

    @Property(tries = 100)
    void redact_losslessRoundTrip_rectUniformAndRestIdentical(@ForAll("lossless") Case c) throws Exception {
        JpegLsCodec codec = new JpegLsCodec(CodecLimits.DEFAULT, c.options);
        Frame original = RandomFrames.of(c.d, c.d.bitsStored(), c.seed);
        Frame redacted = original.copy();
        SplittableRandom r = new SplittableRandom(c.seed);
        Rect rect = new Rect(r.nextInt(-5, c.d.columns()), r.nextInt(-5, c.d.rows()), r.nextInt(0, 40),
                r.nextInt(0, 30));
        Rect done = RegionFill.fill(redacted, c.d, rect, FillValue.white());
        long[] white = FillValue.white().cells(c.d);
        Frame decoded = codec.decode(codec.encode(redacted, c.d), c.d);
        for (int s = 0; s < decoded.samples(); s++) {
            Plane p = decoded.plane(s);
            for (int y = 0; y < c.d.rows(); y++) {
                for (int x = 0; x < c.d.columns(); x++) {
                    long expected = done.contains(x, y) ? white[s] : original.plane(s).get(x, y);
                    assertEquals(expected, p.get(x, y), "sample " + s + " at (" + x + "," + y + ")");
                }
            }
        }
    }

    @Property(tries = 400)
    void decode_mutatedStream_endsWithFrameOrCodingException(@ForAll("lossless") Case c) throws Exception {
        JpegLsCodec codec = new JpegLsCodec(CodecLimits.DEFAULT, c.options);
        byte[] coded = codec.encode(RandomFrames.of(c.d, c.d.bitsStored(), c.seed), c.d);
        SplittableRandom r = new SplittableRandom(~c.seed);
        byte[] broken = r.nextBoolean() ? java.util.Arrays.copyOf(coded, r.nextInt(coded.length)) : coded.clone();
        for (int i = r.nextInt(1, 6); i > 0 && broken.length > 0; i--) {
            broken[r.nextInt(broken.length)] = (byte) r.nextInt(256);
        }
        try {
            Frame f = codec.decode(broken, c.d);
            assertEquals(c.d.columns(), f.columns());
        } catch (PixelCodingException expected) {
            assertTrue(expected.getMessage().startsWith("JPEG-LS"), expected.getMessage());
        }
    }
}
