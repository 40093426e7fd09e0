package org.veil.verify;

import java.util.ArrayList;
import java.util.List;

/**
 * One search of a byte stream for the needles of a {@link NeedleSet}, fed in chunks of any size, in constant memory.
 * Needles only match as whole tokens: numeric ones as whole numbers (the code unit before and after a hit must not be
 * an ASCII digit, so a six-digit ID is not "found" inside the forty digits of a {@code 2.25} UID), others as whole
 * words (no ASCII letter or digit before a needle that starts with one, nor after one that ends with one, so
 * {@code ORLA} is not found inside the pseudonym {@code QAJDORLAHG57SNPY}). Not thread-safe.
 */
final class StreamScan {
    /** Receives each hit: the pattern id and the offset of its first byte in the stream. */
    interface HitSink {
        void hit(int pattern, long offset);
    }

    private static final int RING = 1024;

    private final NeedleSet needles;
    private final AhoCorasick automaton;
    private final LongPatterns longs;
    /** Long-pattern candidates whose first window matched: {candidate, start}, confirmed once their end is read. */
    private final List<long[]> candidates = new ArrayList<>();
    private long rolling;
    private final HitSink sink;
    private final byte[] ring = new byte[RING];
    private final List<long[]> pending = new ArrayList<>();
    private int state;
    private long position;
    private long validFrom;

    StreamScan(NeedleSet needles, HitSink sink) {
        this.needles = needles;
        this.automaton = needles.automaton();
        this.longs = needles.longPatterns();
        this.sink = sink;
    }

    /** Bytes scanned so far, skips included. */
    long position() {
        return position;
    }

    void feed(byte[] b, int off, int len) {
        for (int i = off; i < off + len; i++) {
            byte c = b[i];
            ring[(int) (position & (RING - 1))] = c;
            if (!pending.isEmpty()) {
                resolvePending(position);
            }
            state = automaton.step(state, c);
            int[] out = automaton.outputs(state);
            for (int p : out) {
                found(p, position);
            }
            if (longs.size() > 0) {
                longStep(c);
            }
            position++;
        }
    }

    /** The long patterns: rolls the window over the byte at {@link #position}, confirms candidates ending there. */
    private void longStep(byte raw) {
        byte c = AhoCorasick.fold(raw);
        long inWindow = position - validFrom;
        if (inWindow >= LongPatterns.WINDOW) {
            rolling = longs.roll(rolling, AhoCorasick.fold(ring[(int) ((position - LongPatterns.WINDOW) & (RING - 1))]),
                    c);
        } else {
            rolling = LongPatterns.grow(rolling, c);
        }
        if (inWindow >= LongPatterns.WINDOW - 1) {
            long start = position - LongPatterns.WINDOW + 1;
            for (int k = longs.first(rolling); k >= 0; k = longs.next(k)) {
                candidates.add(new long[] {k, start});
            }
        }
        for (int i = 0; i < candidates.size(); i++) {
            long[] cand = candidates.get(i);
            byte[] pattern = longs.pattern((int) cand[0]);
            if (cand[1] + pattern.length - 1 == position) {
                candidates.remove(i--);
                if (matches(pattern, cand[1])) {
                    found(longs.id((int) cand[0]), position);
                }
            }
        }
    }

    private boolean matches(byte[] pattern, long start) {
        for (int i = 0; i < pattern.length; i++) {
            if (AhoCorasick.fold(ring[(int) ((start + i) & (RING - 1))]) != pattern[i]) {
                return false;
            }
        }
        return true;
    }

    /** Jumps over {@code n} bytes that are not to be searched; no match spans the gap. */
    void skip(long n) {
        flushPending();
        candidates.clear();
        rolling = 0;
        state = 0;
        position += n;
        validFrom = position;
    }

    /** Ends the stream: hits waiting for the byte after them are decided. */
    void finish() {
        flushPending();
        candidates.clear();
    }

    private void found(int p, long end) {
        if (!needles.enabled(p)) {
            return;
        }
        int len = needles.length(p);
        long start = end - len + 1;
        if (start < validFrom) {
            return;
        }
        int unit = needles.unit(p);
        boolean numeric = needles.numeric(p);
        if ((numeric || !needles.openStart(p)) && tokenByteIn(numeric, start - unit, start)) {
            return;
        }
        if (!numeric && needles.openEnd(p)) {
            emit(p, start);
            return;
        }
        pending.add(new long[] {p, start, end});
    }

    /** Passes a whole-token hit on, unless it is a single name part written all in lower case (a common word). */
    private void emit(int p, long start) {
        if (needles.namePart(p) && lowerCaseOnly(start, start + needles.length(p))) {
            return;
        }
        sink.hit(p, start);
    }

    private boolean lowerCaseOnly(long from, long to) {
        boolean lower = false;
        for (long q = Math.max(from, position - RING + 1); q < to; q++) {
            byte c = ring[(int) (q & (RING - 1))];
            if (c >= 'A' && c <= 'Z') {
                return false;
            }
            lower |= c >= 'a' && c <= 'z';
        }
        return lower;
    }

    /** True when a byte in [from, to) continues a token: a digit (numeric needles) or an ASCII letter or digit. */
    private boolean tokenByteIn(boolean numeric, long from, long to) {
        for (long q = Math.max(from, validFrom); q < to; q++) {
            if (q < position - RING + 1) {
                continue;
            }
            if (tokenByte(numeric, ring[(int) (q & (RING - 1))])) {
                return true;
            }
        }
        return false;
    }

    private static boolean tokenByte(boolean numeric, byte c) {
        return c >= '0' && c <= '9' || !numeric && (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z');
    }

    /** Called with each new byte at {@code now} (already in the ring). */
    private void resolvePending(long now) {
        for (int i = pending.size() - 1; i >= 0; i--) {
            long[] h = pending.get(i);
            int unit = needles.unit((int) h[0]);
            byte c = ring[(int) (now & (RING - 1))];
            if (tokenByte(needles.numeric((int) h[0]), c)) {
                pending.remove(i);
            } else if (now >= h[2] + unit) {
                pending.remove(i);
                emit((int) h[0], h[1]);
            }
        }
    }

    private void flushPending() {
        for (long[] h : pending) {
            emit((int) h[0], h[1]);
        }
        pending.clear();
    }
}
