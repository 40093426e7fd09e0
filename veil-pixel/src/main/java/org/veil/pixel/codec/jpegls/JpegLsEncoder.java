package org.veil.pixel.codec.jpegls;

import org.veil.pixel.UnsupportedPixelCodingException;
import org.veil.pixel.frame.Frame;

/**
 * Encodes a frame as one JPEG-LS stream: SOI, SOF55, LSE (resolved preset parameters), optional DRI, one scan per
 * component (ILV 0) or one scan of all (ILV 1, 2), EOI. Component identifiers are 1..n.
 */
final class JpegLsEncoder {
    private final Frame frame;
    private final JpegLsEncodeOptions options;
    private final int precision;

    JpegLsEncoder(Frame frame, JpegLsEncodeOptions options, int precision) {
        this.frame = frame;
        this.options = options;
        this.precision = precision;
    }

    byte[] encode() throws UnsupportedPixelCodingException {
        PresetParameters presets;
        try {
            presets = options.presets().resolve(precision, options.near());
        } catch (IllegalArgumentException e) {
            throw new UnsupportedPixelCodingException(JpegLsCodec.NAME, UnsupportedPixelCodingException.NO_OFFSET,
                    e.getMessage());
        }
        checkRange(presets.maxVal());
        int n = frame.samples();
        BitWriter out = new BitWriter(frame.columns() * frame.rows() * n + 1024);
        out.marker(0xD8);
        frameHeader(out, n);
        presetsSegment(out, presets);
        if (options.restartInterval() > 0) {
            out.marker(0xDD);
            out.shortOut(4);
            out.shortOut(options.restartInterval());
        }
        scans(out, presets);
        out.marker(0xD9);
        return out.toArray();
    }

    private void scans(BitWriter out, PresetParameters presets) {
        int n = frame.samples();
        InterleaveMode mode = n == 1 ? InterleaveMode.NONE : options.interleave();
        if (mode == InterleaveMode.SAMPLE && presets.reset() != PresetParameters.DEFAULTS.resolve(precision, 0).reset()) {
            mode = InterleaveMode.LINE;
        }
        CodingParameters p = new CodingParameters(precision, options.near(), presets);
        if (mode == InterleaveMode.NONE) {
            for (int c = 0; c < n; c++) {
                new ScanWriter(frame, out, p, options.restartInterval()).write(new int[] {c}, mode);
            }
            return;
        }
        int[] all = new int[n];
        for (int c = 0; c < n; c++) {
            all[c] = c;
        }
        new ScanWriter(frame, out, p, options.restartInterval()).write(all, mode);
    }

    /** LSE with ID 1 and the resolved values, so that decoders with other defaults (CharLS 1.0) agree. */
    private static void presetsSegment(BitWriter out, PresetParameters presets) {
        out.marker(0xF8);
        out.shortOut(13);
        out.byteOut(1);
        for (int v : new int[] {presets.maxVal(), presets.t1(), presets.t2(), presets.t3(), presets.reset()}) {
            out.shortOut(v);
        }
    }

    private void frameHeader(BitWriter out, int n) {
        out.marker(0xF7);
        out.shortOut(8 + 3 * n);
        out.byteOut(precision);
        out.shortOut(frame.rows());
        out.shortOut(frame.columns());
        out.byteOut(n);
        for (int c = 0; c < n; c++) {
            out.byteOut(c + 1);
            out.byteOut(0x11);
            out.byteOut(0);
        }
    }

    private void checkRange(int maxVal) throws UnsupportedPixelCodingException {
        for (int s = 0; s < frame.samples(); s++) {
            for (int v : frame.plane(s).ints()) {
                if (v < 0 || v > maxVal) {
                    throw new UnsupportedPixelCodingException(JpegLsCodec.NAME,
                            UnsupportedPixelCodingException.NO_OFFSET, "sample value " + Integer.toUnsignedLong(v)
                                    + " above MAXVAL " + maxVal);
                }
            }
        }
    }
}
