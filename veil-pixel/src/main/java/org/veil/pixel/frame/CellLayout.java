package org.veil.pixel.frame;

/**
 * Moves cells between little endian native bytes and the planes of a frame, for the three native layouts: one
 * sample or color-by-plane (each plane contiguous), color-by-pixel (samples interleaved), and 4:2:2 (Y Y Cb Cr per
 * pixel pair). Cells of Bits Allocated 1 are bit-packed from the least significant bit, starting at any bit.
 */
final class CellLayout {
    private CellLayout() {
    }

    private static boolean interleaved(ImageDescriptor d) {
        return d.samplesPerPixel() > 1 && d.planarConfiguration() == PlanarConfiguration.COLOR_BY_PIXEL;
    }

    /** Byte offset of sample {@code s} of the first pixel (samples interleaved, or one plane after another). */
    private static int firstCell(ImageDescriptor d, int base, int bpc, int s) {
        return interleaved(d) ? base + s * bpc : base + s * d.rows() * d.columns() * bpc;
    }

    /** Bytes from one pixel's sample to the next pixel's. */
    private static int stride(ImageDescriptor d, int bpc) {
        return interleaved(d) ? d.samplesPerPixel() * bpc : bpc;
    }

    /** Reads one frame starting at {@code startBit} of {@code src} into {@code dst}, keeping the bits in {@code keep}. */
    static void read(ImageDescriptor d, byte[] src, long startBit, Frame dst, long keep) {
        if (d.bitsAllocated() == 1) {
            readBits(src, startBit, dst.plane(0).ints(), (int) keep & 1);
        } else if (d.chromaSubsampledHorizontally()) {
            read422(d, src, (int) (startBit >>> 3), d.bitsAllocated() / 8, dst, keep);
        } else {
            readRows(d, src, (int) (startBit >>> 3), dst, keep, 0, d.rows());
        }
    }

    /** True when the frame's rows can be read and written on their own: whole-byte cells, no 4:2:2 pairs. */
    static boolean byRows(ImageDescriptor d) {
        return d.bitsAllocated() % 8 == 0 && !d.chromaSubsampledHorizontally();
    }

    /**
     * Reads rows [y0, y1) of the frame whose first byte is {@code base} into the same rows of {@code dst}; only
     * when {@link #byRows}. Other rows of {@code dst} are left as they are.
     */
    static void readRows(ImageDescriptor d, byte[] src, int base, Frame dst, long keep, int y0, int y1) {
        int bpc = d.bitsAllocated() / 8;
        int stride = stride(d, bpc);
        int from = y0 * d.columns();
        int to = y1 * d.columns();
        for (int s = 0; s < d.samplesPerPixel(); s++) {
            int first = firstCell(d, base, bpc, s) + from * stride;
            Plane p = dst.plane(s);
            if (p.isWide()) {
                readLongs(src, first, stride, bpc, p.longs(), from, to, keep);
            } else {
                readInts(src, first, stride, bpc, p.ints(), from, to, (int) keep);
            }
        }
    }

    /** Writes rows [y0, y1) of {@code src} into the frame starting at byte {@code base}; only when {@link #byRows}. */
    static void writeRows(ImageDescriptor d, Frame src, byte[] dst, int base, long keep, int y0, int y1) {
        int bpc = d.bitsAllocated() / 8;
        int stride = stride(d, bpc);
        int from = y0 * d.columns();
        int to = y1 * d.columns();
        for (int s = 0; s < d.samplesPerPixel(); s++) {
            int first = firstCell(d, base, bpc, s) + from * stride;
            Plane p = src.plane(s);
            if (p.isWide()) {
                writeLongs(p.longs(), dst, first, stride, bpc, from, to, keep);
            } else {
                writeInts(p.ints(), dst, first, stride, bpc, from, to, (int) keep);
            }
        }
    }

    /** Writes one frame into {@code dst} at {@code startBit}; with 1-bit cells, bits of neighboring frames stay. */
    static void write(ImageDescriptor d, Frame src, byte[] dst, long startBit, long keep) {
        if (d.bitsAllocated() == 1) {
            writeBits(src.plane(0).ints(), dst, startBit, (int) keep & 1);
        } else if (d.chromaSubsampledHorizontally()) {
            write422(d, src, dst, (int) (startBit >>> 3), d.bitsAllocated() / 8, keep);
        } else {
            writeRows(d, src, dst, (int) (startBit >>> 3), keep, 0, d.rows());
        }
    }

    private static void readInts(byte[] src, int pos, int stride, int bpc, int[] out, int from, int to, int keep) {
        int n = to;
        switch (bpc) {
            case 1 -> {
                for (int i = from; i < n; i++, pos += stride) {
                    out[i] = src[pos] & 0xFF & keep;
                }
            }
            case 2 -> {
                for (int i = from; i < n; i++, pos += stride) {
                    out[i] = (src[pos] & 0xFF | (src[pos + 1] & 0xFF) << 8) & keep;
                }
            }
            default -> {
                for (int i = from; i < n; i++, pos += stride) {
                    out[i] = (int) readCell(src, pos, bpc) & keep;
                }
            }
        }
    }

    private static void writeInts(int[] in, byte[] dst, int pos, int stride, int bpc, int from, int to, int keep) {
        int n = to;
        switch (bpc) {
            case 1 -> {
                for (int i = from; i < n; i++, pos += stride) {
                    dst[pos] = (byte) (in[i] & keep);
                }
            }
            case 2 -> {
                for (int i = from; i < n; i++, pos += stride) {
                    int v = in[i] & keep;
                    dst[pos] = (byte) v;
                    dst[pos + 1] = (byte) (v >>> 8);
                }
            }
            default -> {
                for (int i = from; i < n; i++, pos += stride) {
                    writeCell(dst, pos, bpc, Integer.toUnsignedLong(in[i] & keep));
                }
            }
        }
    }

    private static void readLongs(byte[] src, int pos, int stride, int bpc, long[] out, int from, int to, long keep) {
        for (int i = from; i < to; i++, pos += stride) {
            out[i] = readCell(src, pos, bpc) & keep;
        }
    }

    private static void writeLongs(long[] in, byte[] dst, int pos, int stride, int bpc, int from, int to, long keep) {
        for (int i = from; i < to; i++, pos += stride) {
            writeCell(dst, pos, bpc, in[i] & keep);
        }
    }

    private static long readCell(byte[] src, int pos, int bpc) {
        long v = 0;
        for (int b = bpc - 1; b >= 0; b--) {
            v = v << 8 | src[pos + b] & 0xFF;
        }
        return v;
    }

    private static void writeCell(byte[] dst, int pos, int bpc, long v) {
        for (int b = 0; b < bpc; b++) {
            dst[pos + b] = (byte) (v >>> 8 * b);
        }
    }

    private static void read422(ImageDescriptor d, byte[] src, int pos, int bpc, Frame dst, long keep) {
        Plane y = dst.plane(0);
        Plane cb = dst.plane(1);
        Plane cr = dst.plane(2);
        for (int row = 0; row < d.rows(); row++) {
            for (int pair = 0; pair < d.columns() / 2; pair++) {
                y.set(2 * pair, row, readCell(src, pos, bpc) & keep);
                y.set(2 * pair + 1, row, readCell(src, pos + bpc, bpc) & keep);
                cb.set(pair, row, readCell(src, pos + 2 * bpc, bpc) & keep);
                cr.set(pair, row, readCell(src, pos + 3 * bpc, bpc) & keep);
                pos += 4 * bpc;
            }
        }
    }

    private static void write422(ImageDescriptor d, Frame src, byte[] dst, int pos, int bpc, long keep) {
        Plane y = src.plane(0);
        Plane cb = src.plane(1);
        Plane cr = src.plane(2);
        for (int row = 0; row < d.rows(); row++) {
            for (int pair = 0; pair < d.columns() / 2; pair++) {
                writeCell(dst, pos, bpc, y.get(2 * pair, row) & keep);
                writeCell(dst, pos + bpc, bpc, y.get(2 * pair + 1, row) & keep);
                writeCell(dst, pos + 2 * bpc, bpc, cb.get(pair, row) & keep);
                writeCell(dst, pos + 3 * bpc, bpc, cr.get(pair, row) & keep);
                pos += 4 * bpc;
            }
        }
    }

    private static void readBits(byte[] src, long startBit, int[] out, int keep) {
        long bit = startBit;
        for (int i = 0; i < out.length; i++, bit++) {
            out[i] = src[(int) (bit >>> 3)] >>> (int) (bit & 7) & keep;
        }
    }

    private static void writeBits(int[] in, byte[] dst, long startBit, int keep) {
        long bit = startBit;
        for (int i = 0; i < in.length; i++, bit++) {
            int at = (int) (bit >>> 3);
            int mask = 1 << (int) (bit & 7);
            dst[at] = (byte) ((in[i] & keep) != 0 ? dst[at] | mask : dst[at] & ~mask);
        }
    }
}
