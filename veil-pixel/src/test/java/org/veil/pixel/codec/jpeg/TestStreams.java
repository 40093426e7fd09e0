package org.veil.pixel.codec.jpeg;

import java.io.ByteArrayOutputStream;
import java.util.SplittableRandom;

/**
 * Sequential DCT streams built without external tools: a hand-written header with one-code Huffman tables and
 * all-zero blocks, filled with smooth random coefficients and re-encoded by {@link JpegCoefficientImage} (which then
 * has to build optimized tables).
 */
final class TestStreams {
    private TestStreams() {
    }

    /**
     * @param sampling horizontal/vertical sampling factors per component, e.g. {0x22, 0x11, 0x11} for 4:2:0
     * @param sof      0xC0 (baseline, 8-bit) or 0xC1 (extended)
     */
    static byte[] dct(int sof, int precision, int width, int height, int[] sampling, long seed) throws Exception {
        return fill(blank(sof, precision, width, height, sampling), precision, seed);
    }

    /** As {@link #dct} but with one (non-interleaved) scan per component. */
    static byte[] dctSeparateScans(int sof, int precision, int width, int height, int[] sampling, long seed)
            throws Exception {
        return fill(blankSeparateScans(sof, precision, width, height, sampling), precision, seed);
    }

    private static byte[] fill(byte[] blank, int precision, long seed) throws Exception {
        JpegCoefficientImage image = JpegCoefficientImage.read(blank);
        int components = image.frame().components().size();
        SplittableRandom random = new SplittableRandom(seed);
        int range = precision == 8 ? 60 : 900;
        for (int i = 0; i < components; i++) {
            CoefficientPlane p = image.component(i);
            for (int by = 0; by < p.blocksHigh(); by++) {
                for (int bx = 0; bx < p.blocksWide(); bx++) {
                    short[] block = new short[64];
                    block[0] = (short) (random.nextInt(2 * range + 1) - range);
                    for (int k = 1; k < 64; k++) {
                        block[k] = (short) (random.nextInt(8) < 2 ? random.nextInt(41) - 20 : 0);
                    }
                    p.setBlock(bx, by, block);
                }
            }
        }
        return image.write();
    }

    /** A stream whose blocks are all zero: DC and AC tables with a single one-bit code each. */
    static byte[] blank(int sof, int precision, int width, int height, int[] sampling) {
        ByteArrayOutputStream out = header(sof, precision, width, height, sampling);
        scan(out, sampling.length, 0);
        out.writeBytes(new byte[(int) ((blocks(width, height, sampling) * 2 + 7) / 8)]); // DC "0", EOB "0"
        bytes(out, 0xFF, 0xD9);
        return out.toByteArray();
    }

    /** As {@link #blank} with one scan per component, each coding ceil(width_i / 8) x ceil(height_i / 8) blocks. */
    static byte[] blankSeparateScans(int sof, int precision, int width, int height, int[] sampling) {
        ByteArrayOutputStream out = header(sof, precision, width, height, sampling);
        int hmax = 1;
        int vmax = 1;
        for (int s : sampling) {
            hmax = Math.max(hmax, s >> 4);
            vmax = Math.max(vmax, s & 15);
        }
        for (int i = 0; i < sampling.length; i++) {
            scan(out, 1, i);
            long w = (width * (long) (sampling[i] >> 4) + hmax - 1) / hmax;
            long h = (height * (long) (sampling[i] & 15) + vmax - 1) / vmax;
            out.writeBytes(new byte[(int) ((((w + 7) / 8) * ((h + 7) / 8) * 2 + 7) / 8)]);
        }
        bytes(out, 0xFF, 0xD9);
        return out.toByteArray();
    }

    private static void scan(ByteArrayOutputStream out, int components, int first) {
        byte[] scan = new byte[4 + 2 * components];
        scan[0] = (byte) components;
        for (int i = 0; i < components; i++) {
            scan[1 + 2 * i] = (byte) (first + i + 1);
        }
        scan[scan.length - 2] = 63;
        segment(out, 0xDA, scan);
    }

    private static ByteArrayOutputStream header(int sof, int precision, int width, int height, int[] sampling) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        bytes(out, 0xFF, 0xD8);
        segment(out, 0xDB, dqt());
        byte[] frame = new byte[6 + 3 * sampling.length];
        frame[0] = (byte) precision;
        frame[1] = (byte) (height >> 8);
        frame[2] = (byte) height;
        frame[3] = (byte) (width >> 8);
        frame[4] = (byte) width;
        frame[5] = (byte) sampling.length;
        for (int i = 0; i < sampling.length; i++) {
            frame[6 + 3 * i] = (byte) (i + 1);
            frame[7 + 3 * i] = (byte) sampling[i];
        }
        segment(out, sof, frame);
        segment(out, 0xC4, new byte[] {0x00, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            0x10, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        return out;
    }

    private static long blocks(int width, int height, int[] sampling) {
        int hmax = 1;
        int vmax = 1;
        int perMcu = 0;
        for (int s : sampling) {
            hmax = Math.max(hmax, s >> 4);
            vmax = Math.max(vmax, s & 15);
            perMcu += (s >> 4) * (s & 15);
        }
        if (sampling.length == 1) {
            return (long) ((width + 7) / 8) * ((height + 7) / 8);
        }
        return (long) perMcu * ((width + 8 * hmax - 1) / (8 * hmax)) * ((height + 8 * vmax - 1) / (8 * vmax));
    }

    private static byte[] dqt() {
        byte[] q = new byte[65];
        for (int k = 1; k < 65; k++) {
            q[k] = (byte) (k < 10 ? 4 : 9);
        }
        return q;
    }

    static void segment(ByteArrayOutputStream out, int marker, byte[] payload) {
        bytes(out, 0xFF, marker, (payload.length + 2) >> 8, (payload.length + 2) & 0xFF);
        out.writeBytes(payload);
    }

    static void bytes(ByteArrayOutputStream out, int... values) {
        for (int v : values) {
            out.write(v);
        }
    }
}
