package org.veil.pixel.codec.jpegls;

import static org.veil.pixel.codec.jpegls.ContextStatistics.J;

import org.veil.pixel.CorruptPixelDataException;

/**
 * Decodes the lines of one scan (T.87 Annex A, decoder side): regular mode with context modeling and limited-length
 * Golomb codes, run mode with run interruption samples, for one component at a time (ILV 0 and 1) or all components
 * of a pixel together (ILV 2).
 */
final class ScanDecoder {
    private final CodingParameters p;
    private final ContextStatistics ctx;
    private BitReader in;

    ScanDecoder(CodingParameters p, ContextStatistics ctx) {
        this.p = p;
        this.ctx = ctx;
    }

    /** Starts reading coded data (a scan or a restart interval). */
    void input(BitReader reader) {
        this.in = reader;
    }

    /** Decodes one line of one component into {@code cur[1..width]}. */
    void line(int[] prev, int[] cur, int width, int runSlot) throws CorruptPixelDataException {
        int i = 1;
        while (i <= width) {
            int ra = cur[i - 1];
            int rb = prev[i];
            int rc = prev[i - 1];
            int qs = 81 * p.q(prev[i + 1] - rb) + 9 * p.q(rb - rc) + p.q(rc - ra);
            if (qs != 0) {
                cur[i] = regular(qs, ra, rb, rc);
                i++;
            } else {
                i = run(prev, cur, i, width, runSlot);
            }
        }
    }

    /** Decodes one line of all components of a sample interleaved scan. */
    void sampleLine(ScanLines lines, int components, int[] qs) throws CorruptPixelDataException {
        int width = lines.width;
        int i = 1;
        while (i <= width) {
            boolean allZero = true;
            for (int c = 0; c < components; c++) {
                int[] prev = lines.prev(c);
                int ra = lines.cur(c)[i - 1];
                int rb = prev[i];
                int rc = prev[i - 1];
                qs[c] = 81 * p.q(prev[i + 1] - rb) + 9 * p.q(rb - rc) + p.q(rc - ra);
                allZero &= qs[c] == 0;
            }
            if (allZero) {
                i = sampleRun(lines, components, i);
                continue;
            }
            for (int c = 0; c < components; c++) {
                int[] prev = lines.prev(c);
                int[] cur = lines.cur(c);
                cur[i] = regular(qs[c], cur[i - 1], prev[i], prev[i - 1]);
            }
            i++;
        }
    }

    private int regular(int qs, int ra, int rb, int rc) throws CorruptPixelDataException {
        int sign = qs >> 31 | 1;
        int q = qs * sign;
        int px = p.clampPrediction(ScanLines.predict(ra, rb, rc) + sign * ctx.c[q]);
        int k = ctx.k(q);
        int m = value(k, p.limit);
        int e = m >>> 1 ^ -(m & 1);
        if (ctx.invertedMapping(q, k)) {
            e = ~e;
        }
        ctx.update(q, e);
        return p.reconstruct(px, sign * e);
    }

    /** Reads a limited-length Golomb code (T.87 A.5.3). */
    private int value(int k, int limit) throws CorruptPixelDataException {
        int maxZeros = limit - p.qbpp - 1;
        int zeros = in.zerosThenOne(maxZeros);
        if (zeros == maxZeros) {
            return in.bits(p.qbpp) + 1;
        }
        return zeros << k | in.bits(k);
    }

    /** Reads a run from column index i; returns the index after the run and its interruption sample. */
    private int run(int[] prev, int[] cur, int i, int width, int slot) throws CorruptPixelDataException {
        int ra = cur[i - 1];
        int end = runLength(i, width, slot);
        for (int x = i; x < end; x++) {
            cur[x] = ra;
        }
        if (end > width) {
            return end;
        }
        int rb = prev[end];
        int riType = Math.abs(ra - rb) <= p.near ? 1 : 0;
        int e = interruptionError(riType, slot);
        cur[end] = riType == 1 ? p.reconstruct(ra, e) : p.reconstruct(rb, rb >= ra ? e : -e);
        ctx.runIndex[slot] = Math.max(0, ctx.runIndex[slot] - 1);
        return end + 1;
    }

    private int sampleRun(ScanLines lines, int components, int i) throws CorruptPixelDataException {
        int end = runLength(i, lines.width, 0);
        for (int c = 0; c < components; c++) {
            int[] cur = lines.cur(c);
            int ra = cur[i - 1];
            for (int x = i; x < end; x++) {
                cur[x] = ra;
            }
        }
        if (end > lines.width) {
            return end;
        }
        for (int c = 0; c < components; c++) {
            int[] cur = lines.cur(c);
            int ra = cur[i - 1];
            int rb = lines.prev(c)[end];
            int e = interruptionError(0, 0);
            cur[end] = p.reconstruct(rb, rb >= ra ? e : -e);
        }
        ctx.runIndex[0] = Math.max(0, ctx.runIndex[0] - 1);
        return end + 1;
    }

    /** Reads the run length coded from column index i (T.87 A.7.1.2); returns the index where the run ends. */
    private int runLength(int i, int width, int slot) throws CorruptPixelDataException {
        int x = i;
        while (in.bit()) {
            int len = 1 << J[ctx.runIndex[slot]];
            int n = Math.min(len, width + 1 - x);
            x += n;
            if (n == len) {
                ctx.runIndex[slot] = Math.min(31, ctx.runIndex[slot] + 1);
            }
            if (x > width) {
                return x;
            }
        }
        x += in.bits(J[ctx.runIndex[slot]]);
        if (x > width) {
            throw new CorruptPixelDataException(JpegLsCodec.NAME, in.position(), "run passes the end of the line");
        }
        return x;
    }

    private int interruptionError(int riType, int slot) throws CorruptPixelDataException {
        int k = ctx.riK(riType);
        int em = value(k, p.limit - J[ctx.runIndex[slot]] - 1);
        int e = ctx.riErrval(riType, em, k);
        ctx.riUpdate(riType, e, em);
        return e;
    }
}
