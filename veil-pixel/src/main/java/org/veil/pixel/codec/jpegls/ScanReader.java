package org.veil.pixel.codec.jpegls;

import static org.veil.pixel.codec.jpegls.ByteInput.corrupt;

import org.veil.pixel.CorruptPixelDataException;
import org.veil.pixel.frame.Frame;

/** Decodes the coded data of one scan, restart interval by restart interval, into the frame's planes. */
final class ScanReader {
    private final byte[] data;
    private final FrameHeader header;
    private final Frame frame;
    private final int restartInterval;

    ScanReader(byte[] data, FrameHeader header, Frame frame, int restartInterval) {
        this.data = data;
        this.header = header;
        this.frame = frame;
        this.restartInterval = restartInterval;
    }

    /** Decodes the scan whose coded data starts at {@code start}; returns the offset of the marker that ends it. */
    int read(ScanHeader scan, CodingParameters p, int start) throws CorruptPixelDataException {
        int n = scan.components().length;
        int height = header.rows();
        ScanLines lines = new ScanLines(n, header.columns());
        ContextStatistics ctx = new ContextStatistics(p, scan.interleave() == InterleaveMode.LINE ? n : 1);
        ScanDecoder decoder = new ScanDecoder(p, ctx);
        ByteInput input = new ByteInput(data);
        int interval = restartInterval > 0 ? restartInterval : height;
        int pos = start;
        int restarts = 0;
        for (int y0 = 0; y0 < height; y0 += interval) {
            int end = input.findMarker(pos);
            decoder.input(new BitReader(data, pos, end));
            int y1 = Math.min(height, y0 + interval);
            decodeLines(scan, decoder, lines, y0, y1);
            if (y1 == height) {
                return end;
            }
            pos = restart(input, end, restarts++);
            ctx.reset();
            lines.clear();
        }
        return pos;
    }

    private void decodeLines(ScanHeader scan, ScanDecoder decoder, ScanLines lines, int y0, int y1)
            throws CorruptPixelDataException {
        int[] components = scan.components();
        int n = components.length;
        int width = header.columns();
        int[] qs = new int[n];
        for (int y = y0; y < y1; y++) {
            lines.advance();
            if (scan.interleave() == InterleaveMode.SAMPLE) {
                decoder.sampleLine(lines, n, qs);
            } else {
                for (int c = 0; c < n; c++) {
                    decoder.line(lines.prev(c), lines.cur(c), width, scan.interleave() == InterleaveMode.LINE ? c : 0);
                }
            }
            for (int c = 0; c < n; c++) {
                System.arraycopy(lines.cur(c), 1, frame.plane(components[c]).ints(), y * width, width);
            }
        }
    }

    private int restart(ByteInput input, int at, int index) throws CorruptPixelDataException {
        input.seek(at);
        int expected = 0xD0 + (index & 7);
        int code = at < data.length ? input.marker() : -1;
        if (code != expected) {
            throw corrupt(at, String.format("expected restart marker FF%02X", expected));
        }
        return input.position();
    }
}
