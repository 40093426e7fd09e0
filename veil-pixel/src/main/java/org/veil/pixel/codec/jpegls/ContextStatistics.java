package org.veil.pixel.codec.jpegls;

import java.util.Arrays;

/**
 * The adaptive state of a scan (T.87 A.2.1, A.6, A.7.2): A, B, C, N for the 365 regular contexts, A, N, Nn for the
 * two run interruption contexts, and RUNindex (one per component in line interleaved scans). Reset at the start of
 * each scan and after each restart marker.
 */
final class ContextStatistics {
    /** Run length order J (T.87 A.7.1.2). */
    static final int[] J = {0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 9, 10, 11, 12,
        13, 14, 15};
    private static final int CONTEXTS = 365;
    private static final int MIN_C = -128;
    private static final int MAX_C = 127;

    final int[] a = new int[CONTEXTS];
    final int[] b = new int[CONTEXTS];
    final int[] c = new int[CONTEXTS];
    final int[] n = new int[CONTEXTS];
    /** Run interruption contexts, indexed by RItype. */
    final int[] ra = new int[2];
    final int[] rn = new int[2];
    final int[] rnn = new int[2];
    final int[] runIndex;
    private final CodingParameters p;

    ContextStatistics(CodingParameters p, int runIndexes) {
        this.p = p;
        this.runIndex = new int[runIndexes];
        reset();
    }

    void reset() {
        int initialA = Math.max(2, (p.range + 32) / 64);
        Arrays.fill(a, initialA);
        Arrays.fill(b, 0);
        Arrays.fill(c, 0);
        Arrays.fill(n, 1);
        Arrays.fill(ra, initialA);
        Arrays.fill(rn, 1);
        Arrays.fill(rnn, 0);
        Arrays.fill(runIndex, 0);
    }

    /** Golomb parameter k of a regular context. */
    int k(int q) {
        int k = 0;
        for (int nq = n[q], aq = a[q]; nq << k < aq && k < 31; k++) {
            // search
        }
        return k;
    }

    /** True when the error of a regular context is coded with the inverted mapping (T.87 A.5.2, NEAR 0, k 0). */
    boolean invertedMapping(int q, int k) {
        return p.near == 0 && k == 0 && 2 * b[q] <= -n[q];
    }

    /** Updates a regular context after coding Errval, with the bias correction (T.87 A.6.1, A.6.2). */
    void update(int q, int errval) {
        int bq = b[q] + errval * p.step;
        int aq = a[q] + Math.abs(errval);
        int nq = n[q];
        if (nq == p.reset) {
            aq >>= 1;
            bq >>= 1;
            nq >>= 1;
        }
        nq++;
        if (bq <= -nq) {
            bq += nq;
            if (c[q] > MIN_C) {
                c[q]--;
            }
            if (bq <= -nq) {
                bq = -nq + 1;
            }
        } else if (bq > 0) {
            bq -= nq;
            if (c[q] < MAX_C) {
                c[q]++;
            }
            if (bq > 0) {
                bq = 0;
            }
        }
        a[q] = aq;
        b[q] = bq;
        n[q] = nq;
    }

    /** Golomb parameter k of a run interruption context (T.87 A.7.2.1). */
    int riK(int riType) {
        int temp = ra[riType] + (riType == 1 ? rn[riType] >> 1 : 0);
        int k = 0;
        for (int nq = rn[riType]; nq << k < temp && k < 31; k++) {
            // search
        }
        return k;
    }

    /** The map bit of a run interruption error (T.87 A.7.2.2). */
    boolean riMap(int riType, int errval, int k) {
        boolean lowNn = 2 * rnn[riType] < rn[riType];
        return k == 0 && errval > 0 && lowNn || errval < 0 && (!lowNn || k != 0);
    }

    /** The run interruption error for a decoded EMErrval (inverse of {@link #riMap}). */
    int riErrval(int riType, int emErrval, int k) {
        int t = emErrval + riType;
        boolean map = (t & 1) != 0;
        int magnitude = (t + 1) >> 1;
        boolean flip = k == 0 && 2 * rnn[riType] < rn[riType];
        return map != flip ? -magnitude : magnitude;
    }

    /** Updates a run interruption context (T.87 A.7.2.3). */
    void riUpdate(int riType, int errval, int emErrval) {
        if (errval < 0) {
            rnn[riType]++;
        }
        ra[riType] += (emErrval + 1 - riType) >> 1;
        if (rn[riType] == p.reset) {
            ra[riType] >>= 1;
            rn[riType] >>= 1;
            rnn[riType] >>= 1;
        }
        rn[riType]++;
    }
}
