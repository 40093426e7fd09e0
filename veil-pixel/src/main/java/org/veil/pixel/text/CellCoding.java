package org.veil.pixel.text;

import org.veil.pixel.frame.ImageDescriptor;

/**
 * Between raw cells (Bits Allocated bits, up to 32) and the stored values the erasers compute with: a value is the
 * cell's Bits Stored bits from the low bit, sign extended for signed data; a cell written back carries the value and
 * zero (or the sign extension) in every other bit, so overlay bits do not survive.
 */
final class CellCoding {
    private final int lowBit;
    private final int bits;
    private final long mask;
    private final boolean signed;
    private final long storedMask;
    private final long signFill;

    CellCoding(ImageDescriptor d) {
        lowBit = d.lowBit();
        bits = d.bitsStored();
        mask = bits >= 32 ? 0xFFFFFFFFL : (1L << bits) - 1;
        signed = d.isSigned() && bits < 64;
        storedMask = bits >= 64 ? -1L : (1L << bits) - 1;
        signFill = -1L << d.highBit() + 1 & (1L << d.bitsAllocated()) - 1;
    }

    /** The stored value of a cell. */
    long value(int cell) {
        long u = (Integer.toUnsignedLong(cell) >>> lowBit) & mask;
        return signed && (u >>> (bits - 1) & 1) == 1 ? u - (1L << bits) : u;
    }

    /** The cell that holds value {@code v}. */
    int cell(long v) {
        long c = (v & storedMask) << lowBit;
        if (v < 0) {
            c |= signFill;
        }
        return (int) c;
    }
}
