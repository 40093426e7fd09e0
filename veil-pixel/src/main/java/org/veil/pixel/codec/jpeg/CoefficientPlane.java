package org.veil.pixel.codec.jpeg;

/**
 * The quantized DCT coefficients of one component: a grid of 8x8 blocks, each stored as 64 {@code short}s in
 * natural (row-major) order, in one compact array. The grid includes the blocks that pad the component to whole MCUs;
 * blocks beyond {@link #visibleBlocksWide()} x {@link #visibleBlocksHigh()} hold no image samples.
 */
public final class CoefficientPlane {
    private final int blocksWide;
    private final int blocksHigh;
    private final int visibleWide;
    private final int visibleHigh;
    private final short[] coefficients;

    CoefficientPlane(int blocksWide, int blocksHigh, int visibleWide, int visibleHigh) {
        this.blocksWide = blocksWide;
        this.blocksHigh = blocksHigh;
        this.visibleWide = visibleWide;
        this.visibleHigh = visibleHigh;
        this.coefficients = new short[Math.multiplyExact(Math.multiplyExact(blocksWide, blocksHigh), 64)];
    }

    private CoefficientPlane(CoefficientPlane other) {
        this.blocksWide = other.blocksWide;
        this.blocksHigh = other.blocksHigh;
        this.visibleWide = other.visibleWide;
        this.visibleHigh = other.visibleHigh;
        this.coefficients = other.coefficients.clone();
    }

    /** Blocks per row, including MCU padding. */
    public int blocksWide() {
        return blocksWide;
    }

    /** Block rows, including MCU padding. */
    public int blocksHigh() {
        return blocksHigh;
    }

    /** Blocks per row that hold samples of the component: ceil(component width / 8). */
    public int visibleBlocksWide() {
        return visibleWide;
    }

    /** Block rows that hold samples of the component: ceil(component height / 8). */
    public int visibleBlocksHigh() {
        return visibleHigh;
    }

    /** A copy of block (bx, by): 64 quantized coefficients in natural order (index 0 is DC). */
    public short[] block(int bx, int by) {
        short[] out = new short[64];
        System.arraycopy(coefficients, offset(bx, by), out, 0, 64);
        return out;
    }

    /** Replaces block (bx, by) with 64 quantized coefficients in natural order. */
    public void setBlock(int bx, int by, short[] natural) {
        if (natural.length != 64) {
            throw new IllegalArgumentException("a block has 64 coefficients, got " + natural.length);
        }
        System.arraycopy(natural, 0, coefficients, offset(bx, by), 64);
    }

    /** Quantized coefficient k (natural order) of block (bx, by). */
    public int coefficient(int bx, int by, int k) {
        return coefficients[offset(bx, by) + k];
    }

    /** Offset of block (bx, by) in {@link #raw()}. */
    int offset(int bx, int by) {
        if (bx < 0 || by < 0 || bx >= blocksWide || by >= blocksHigh) {
            throw new IndexOutOfBoundsException("block (" + bx + ", " + by + ") outside " + blocksWide + " x "
                    + blocksHigh);
        }
        return (by * blocksWide + bx) * 64;
    }

    short[] raw() {
        return coefficients;
    }

    /** A deep copy. */
    public CoefficientPlane copy() {
        return new CoefficientPlane(this);
    }
}
