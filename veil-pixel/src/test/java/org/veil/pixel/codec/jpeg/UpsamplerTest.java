package org.veil.pixel.codec.jpeg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** Upsampling against values computed by hand from the 3/4-1/4 weights. */
class UpsamplerTest {

    private static Plane plane(int w, int h, int... values) {
        short[] s = new short[values.length];
        for (int i = 0; i < s.length; i++) {
            s[i] = (short) values[i];
        }
        return new Plane(w, h, s);
    }

    private static short[] shorts(int... values) {
        return plane(values.length, 1, values).samples();
    }

    @Test
    void upsample_replicate_repeatsSamples() {
        Plane out = Upsampler.upsample(plane(2, 1, 10, 20), 4, 2, 1, 2, 1, 2, Upsampling.REPLICATE);
        assertArrayEquals(shorts(10, 10, 20, 20, 10, 10, 20, 20), out.samples());
    }

    @Test
    void upsample_triangleAcross_weighsNeighbours() {
        // (3 * 0 + 0 + 1) / 4, (3 * 0 + 100 + 2) / 4, (3 * 100 + 0 + 1) / 4, (3 * 100 + 100 + 2) / 4
        Plane out = Upsampler.upsample(plane(2, 1, 0, 100), 4, 1, 1, 2, 1, 1, Upsampling.TRIANGLE);
        assertArrayEquals(shorts(0, 25, 75, 100), out.samples());
    }

    @Test
    void upsample_triangleAcrossOddWidth_cropsLastSample() {
        Plane out = Upsampler.upsample(plane(2, 1, 0, 100), 3, 1, 1, 2, 1, 1, Upsampling.TRIANGLE);
        assertArrayEquals(shorts(0, 25, 75), out.samples());
    }

    @Test
    void upsample_triangleBoth_interpolatesRowsThenColumns() {
        Plane out = Upsampler.upsample(plane(2, 2, 0, 100, 100, 200), 4, 4, 1, 2, 1, 2, Upsampling.TRIANGLE);
        assertArrayEquals(shorts(
                0, 25, 75, 100,
                25, 50, 100, 125,
                75, 100, 150, 175,
                100, 125, 175, 200), out.samples());
    }

    @Test
    void upsample_verticalOnly_replicatesAsLibjpeg6b() {
        Plane out = Upsampler.upsample(plane(1, 2, 0, 100), 1, 4, 1, 1, 1, 2, Upsampling.TRIANGLE);
        assertArrayEquals(shorts(0, 0, 100, 100), out.samples());
    }
}
