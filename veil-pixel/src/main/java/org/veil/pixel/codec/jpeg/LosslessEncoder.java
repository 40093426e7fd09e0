package org.veil.pixel.codec.jpeg;

/**
 * Encodes an image as lossless JPEG (process 14, SOF3): one interleaved scan of up to four components with 1x1
 * sampling, a Huffman table per component computed from the data (T.81 K.2), the chosen predictor and point
 * transform, and optional restart intervals of whole lines.
 */
public final class LosslessEncoder {
    private LosslessEncoder() {
    }

    /**
     * @throws IllegalArgumentException when the image has more than 4 components, a side over 65535, a precision
     *                                  below 2, or a sample that does not fit its precision
     */
    public static byte[] encode(RasterImage image, LosslessOptions options) {
        check(image, options);
        int n = image.components().size();
        int w = image.width();
        int restart = options.restartRows() * w;
        SymbolStream symbols = symbols(image, options, restart);
        HuffmanTable[] tables = new HuffmanTable[8];
        for (int c = 0; c < n; c++) {
            tables[c] = HuffmanTableOptimizer.optimize(symbols.frequencies(c));
        }
        ByteSink out = new ByteSink(w * image.height() * n + 1024);
        out.marker(JpegMarker.SOI);
        writeFrame(out, image);
        out.marker(JpegMarker.DHT);
        int lengthAt = out.size();
        out.u16(0);
        for (int c = 0; c < n; c++) {
            tables[c].writeTo(out, 0, c);
        }
        out.patchU16(lengthAt, out.size() - lengthAt);
        if (restart > 0) {
            out.marker(JpegMarker.DRI);
            out.u16(4);
            out.u16(restart);
        }
        writeScanHeader(out, n, options);
        symbols.writeTo(new EntropyWriter(out), tables);
        out.marker(JpegMarker.EOI);
        return out.toByteArray();
    }

    private static void check(RasterImage image, LosslessOptions options) {
        int n = image.components().size();
        if (n > 4 || image.width() < 1 || image.height() < 1 || image.width() > 65535 || image.height() > 65535
                || image.precision() < 2) {
            throw new IllegalArgumentException("lossless JPEG needs 1..4 components, sides 1..65535 and precision"
                    + " 2..16; image has " + n + " components, " + image.width() + " x " + image.height() + ", "
                    + image.precision() + " bits");
        }
        if ((long) options.restartRows() * image.width() > 65535 || options.pointTransform() >= image.precision()) {
            throw new IllegalArgumentException("restart interval of " + options.restartRows() + " lines of "
                    + image.width() + " exceeds 65535 MCUs, or point transform " + options.pointTransform()
                    + " >= precision " + image.precision());
        }
        int max = (1 << image.precision()) - 1;
        for (int c = 0; c < n; c++) {
            short[] s = image.components().get(c).samples();
            for (int i = 0; i < s.length; i++) {
                if ((s[i] & 0xFFFF) > max) {
                    throw new IllegalArgumentException("component " + c + " sample " + i + " = " + (s[i] & 0xFFFF)
                            + " does not fit " + image.precision() + " bits");
                }
            }
        }
    }

    /** Differences of every sample from its prediction (modulo 2^16), as category symbols with appended bits. */
    private static SymbolStream symbols(RasterImage image, LosslessOptions options, int restart) {
        int n = image.components().size();
        int w = image.width();
        int pt = options.pointTransform();
        int initial = 1 << (image.precision() - pt - 1);
        short[][] shifted = new short[n][];
        for (int c = 0; c < n; c++) {
            short[] s = image.components().get(c).samples();
            shifted[c] = new short[s.length];
            for (int i = 0; i < s.length; i++) {
                shifted[c][i] = (short) ((s[i] & 0xFFFF) >> pt);
            }
        }
        SymbolStream out = new SymbolStream();
        int firstRow = 0;
        for (int y = 0; y < image.height(); y++) {
            if (restart > 0 && y > 0 && (y * w) % restart == 0) {
                out.restart(((y * w) / restart - 1) & 7);
                firstRow = y;
            }
            for (int x = 0, i = y * w; x < w; x++, i++) {
                for (int c = 0; c < n; c++) {
                    int pred = LosslessPredictor.predict(shifted[c], i, x, w, y == firstRow, options.predictor(),
                            initial);
                    addDifference(out, c, ((shifted[c][i] & 0xFFFF) - pred));
                }
            }
        }
        return out;
    }

    private static void addDifference(SymbolStream out, int table, int difference) {
        int d = (short) difference; // modulo 2^16, as a signed value -32768..32767
        if (d == Short.MIN_VALUE) {
            out.add(table, 16, 0, 0);
            return;
        }
        int s = Categories.of(d);
        out.add(table, s, Categories.bits(d, s), s);
    }

    private static void writeFrame(ByteSink out, RasterImage image) {
        int n = image.components().size();
        out.marker(JpegProcess.LOSSLESS.marker());
        out.u16(8 + 3 * n);
        out.u8(image.precision());
        out.u16(image.height());
        out.u16(image.width());
        out.u8(n);
        for (int c = 0; c < n; c++) {
            out.u8(c + 1);
            out.u8(0x11);
            out.u8(0);
        }
    }

    private static void writeScanHeader(ByteSink out, int n, LosslessOptions options) {
        out.marker(JpegMarker.SOS);
        out.u16(6 + 2 * n);
        out.u8(n);
        for (int c = 0; c < n; c++) {
            out.u8(c + 1);
            out.u8(c << 4);
        }
        out.u8(options.predictor());
        out.u8(0);
        out.u8(options.pointTransform());
    }
}
