package org.veil.pixel.codec.jpegls;

import org.veil.pixel.frame.Frame;

/** Writes one scan (header and coded data, with restart markers) of a frame's components. */
final class ScanWriter {
    private final Frame frame;
    private final BitWriter out;
    private final CodingParameters p;
    private final int restartInterval;

    ScanWriter(Frame frame, BitWriter out, CodingParameters p, int restartInterval) {
        this.frame = frame;
        this.out = out;
        this.p = p;
        this.restartInterval = restartInterval;
    }

    void write(int[] components, InterleaveMode mode) {
        header(components, mode);
        int n = components.length;
        int width = frame.columns();
        int height = frame.rows();
        ScanLines lines = new ScanLines(n, width);
        ContextStatistics ctx = new ContextStatistics(p, mode == InterleaveMode.LINE ? n : 1);
        ScanEncoder encoder = new ScanEncoder(p, ctx, out);
        int[][] src = new int[n][width + 2];
        int[] qs = new int[n];
        int restarts = 0;
        for (int y = 0; y < height; y++) {
            lines.advance();
            for (int c = 0; c < n; c++) {
                System.arraycopy(frame.plane(components[c]).ints(), y * width, src[c], 1, width);
            }
            line(encoder, lines, src, mode, qs);
            if (restartInterval > 0 && (y + 1) % restartInterval == 0 && y + 1 < height) {
                out.endCodedData();
                out.marker(0xD0 + (restarts++ & 7));
                ctx.reset();
                lines.clear();
            }
        }
        out.endCodedData();
    }

    private void line(ScanEncoder encoder, ScanLines lines, int[][] src, InterleaveMode mode, int[] qs) {
        int n = src.length;
        if (mode == InterleaveMode.SAMPLE) {
            encoder.sampleLine(lines, src, n, qs);
        } else {
            for (int c = 0; c < n; c++) {
                encoder.line(lines.prev(c), lines.cur(c), src[c], lines.width, mode == InterleaveMode.LINE ? c : 0);
            }
        }
    }

    private void header(int[] components, InterleaveMode mode) {
        out.marker(0xDA);
        out.shortOut(6 + 2 * components.length);
        out.byteOut(components.length);
        for (int c : components) {
            out.byteOut(c + 1);
            out.byteOut(0);
        }
        out.byteOut(p.near);
        out.byteOut(mode.value());
        out.byteOut(0);
    }
}
