package org.veil.pixel.codec.jpegls;

import static org.veil.pixel.codec.jpegls.ContextStatistics.J;

/**
 * Encodes the lines of one scan (T.87 Annex A, encoder side), mirroring {@link ScanDecoder}: the reconstructed
 * values written to the current line are what a decoder will see (equal to the source when NEAR is 0).
 */
final class ScanEncoder {
    private final CodingParameters p;
    private final ContextStatistics ctx;
    private final BitWriter out;

    ScanEncoder(CodingParameters p, ContextStatistics ctx, BitWriter out) {
        this.p = p;
        this.ctx = ctx;
        this.out = out;
    }

    /** Encodes source samples {@code src[1..width]} of one component, reconstructing them into {@code cur}. */
    void line(int[] prev, int[] cur, int[] src, int width, int runSlot) {
        int i = 1;
        while (i <= width) {
            int ra = cur[i - 1];
            int rb = prev[i];
            int rc = prev[i - 1];
            int qs = 81 * p.q(prev[i + 1] - rb) + 9 * p.q(rb - rc) + p.q(rc - ra);
            if (qs != 0) {
                cur[i] = regular(qs, ra, rb, rc, src[i]);
                i++;
            } else {
                i = run(prev, cur, src, i, width, runSlot);
            }
        }
    }

    /** Encodes one line of all components of a sample interleaved scan; {@code src[c]} holds component c. */
    void sampleLine(ScanLines lines, int[][] src, int components, int[] qs) {
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
                i = sampleRun(lines, src, components, i);
                continue;
            }
            for (int c = 0; c < components; c++) {
                int[] prev = lines.prev(c);
                int[] cur = lines.cur(c);
                cur[i] = regular(qs[c], cur[i - 1], prev[i], prev[i - 1], src[c][i]);
            }
            i++;
        }
    }

    private int regular(int qs, int ra, int rb, int rc, int x) {
        int sign = qs >> 31 | 1;
        int q = qs * sign;
        int px = p.clampPrediction(ScanLines.predict(ra, rb, rc) + sign * ctx.c[q]);
        int e = p.reduce(sign * (x - px));
        int k = ctx.k(q);
        int v = ctx.invertedMapping(q, k) ? ~e : e;
        value(k, v >= 0 ? 2 * v : -2 * v - 1, p.limit);
        ctx.update(q, e);
        return p.reconstruct(px, sign * e);
    }

    /** Writes a limited-length Golomb code (T.87 A.5.3). */
    private void value(int k, int mapped, int limit) {
        int maxZeros = limit - p.qbpp - 1;
        int high = mapped >>> k;
        if (high < maxZeros) {
            out.zerosThenOne(high);
            out.bits(mapped, k);
        } else {
            out.zerosThenOne(maxZeros);
            out.bits(mapped - 1, p.qbpp);
        }
    }

    private boolean near(int a, int b) {
        return Math.abs(a - b) <= p.near;
    }

    private int run(int[] prev, int[] cur, int[] src, int i, int width, int slot) {
        int ra = cur[i - 1];
        int x = i;
        while (x <= width && near(src[x], ra)) {
            cur[x++] = ra;
        }
        runLength(x - i, x > width, slot);
        if (x > width) {
            return x;
        }
        int rb = prev[x];
        if (near(ra, rb)) {
            int e = p.reduce(src[x] - ra);
            interruption(1, e, slot);
            cur[x] = p.reconstruct(ra, e);
        } else {
            int sign = rb >= ra ? 1 : -1;
            int e = p.reduce(sign * (src[x] - rb));
            interruption(0, e, slot);
            cur[x] = p.reconstruct(rb, sign * e);
        }
        ctx.runIndex[slot] = Math.max(0, ctx.runIndex[slot] - 1);
        return x + 1;
    }

    private int sampleRun(ScanLines lines, int[][] src, int components, int i) {
        int x = i;
        while (x <= lines.width && allNear(lines, src, components, i, x)) {
            for (int c = 0; c < components; c++) {
                lines.cur(c)[x] = lines.cur(c)[i - 1];
            }
            x++;
        }
        runLength(x - i, x > lines.width, 0);
        if (x > lines.width) {
            return x;
        }
        for (int c = 0; c < components; c++) {
            int[] cur = lines.cur(c);
            int ra = cur[i - 1];
            int rb = lines.prev(c)[x];
            int sign = rb >= ra ? 1 : -1;
            int e = p.reduce(sign * (src[c][x] - rb));
            interruption(0, e, 0);
            cur[x] = p.reconstruct(rb, sign * e);
        }
        ctx.runIndex[0] = Math.max(0, ctx.runIndex[0] - 1);
        return x + 1;
    }

    private boolean allNear(ScanLines lines, int[][] src, int components, int i, int x) {
        for (int c = 0; c < components; c++) {
            if (!near(src[c][x], lines.cur(c)[i - 1])) {
                return false;
            }
        }
        return true;
    }

    /** Writes a run length (T.87 A.7.1.2, code segment A.15). */
    private void runLength(int count, boolean endOfLine, int slot) {
        int n = count;
        while (n >= 1 << J[ctx.runIndex[slot]]) {
            out.bits(1, 1);
            n -= 1 << J[ctx.runIndex[slot]];
            ctx.runIndex[slot] = Math.min(31, ctx.runIndex[slot] + 1);
        }
        if (endOfLine) {
            if (n > 0) {
                out.bits(1, 1);
            }
        } else {
            out.bits(n, J[ctx.runIndex[slot]] + 1);
        }
    }

    private void interruption(int riType, int e, int slot) {
        int k = ctx.riK(riType);
        int em = 2 * Math.abs(e) - riType - (ctx.riMap(riType, e, k) ? 1 : 0);
        value(k, em, p.limit - J[ctx.runIndex[slot]] - 1);
        ctx.riUpdate(riType, e, em);
    }
}
