package org.veil.pixel.codec.jpeg;

/**
 * Decodes the entropy-coded data of one sequential DCT scan (T.81 F.2) into quantized coefficients: DC differences
 * with per-component prediction, AC run/size symbols, restart intervals with RSTn checks. A DC coefficient outside
 * [-2^(P+2), 2^(P+2)) cannot come from P-bit samples (it is 8 times a mean level-shifted sample, divided by a
 * quantizer of at least 1) and is reported as corrupt data; this also keeps every decoded image re-encodable.
 */
final class DctScanDecoder {
    private final FrameHeader frame;
    private final JpegScan scan;
    private final CoefficientPlane[] planes;
    private final EntropyDecoder in;
    private final int[] predictions;
    private final int maxCategory;
    private final int dcLimit;

    private DctScanDecoder(byte[] data, FrameHeader frame, JpegScan scan, CoefficientPlane[] planes) {
        this.frame = frame;
        this.scan = scan;
        this.planes = planes;
        this.in = new EntropyDecoder(data, scan.dataStart(), scan.dataEnd(), "SOS");
        this.predictions = new int[scan.header().components().size()];
        this.maxCategory = frame.precision() == 8 ? 11 : 15;
        this.dcLimit = 1 << (frame.precision() + 2);
    }

    /** Decodes the scan into the planes of its components (indexed by frame component). */
    static void decode(byte[] data, FrameHeader frame, JpegScan scan, CoefficientPlane[] planes)
            throws JpegFormatException {
        new DctScanDecoder(data, frame, scan, planes).run();
    }

    private void run() throws JpegFormatException {
        int across = scan.mcusAcross(frame);
        int down = scan.mcusDown(frame);
        int interval = scan.restartInterval();
        int mcu = 0;
        for (int my = 0; my < down; my++) {
            for (int mx = 0; mx < across; mx++, mcu++) {
                if (interval > 0 && mcu > 0 && mcu % interval == 0) {
                    in.restart((mcu / interval - 1) & 7);
                    java.util.Arrays.fill(predictions, 0);
                }
                if (scan.interleaved()) {
                    decodeMcu(mx, my);
                } else {
                    decodeBlock(0, mx, my);
                }
                in.checkOverrun();
            }
        }
    }

    private void decodeMcu(int mx, int my) throws JpegFormatException {
        for (int c = 0; c < predictions.length; c++) {
            FrameComponent fc = frame.components().get(scan.header().components().get(c).frameIndex());
            int h = fc.horizontalSampling();
            int v = fc.verticalSampling();
            for (int y = 0; y < v; y++) {
                for (int x = 0; x < h; x++) {
                    decodeBlock(c, mx * h + x, my * v + y);
                }
            }
        }
    }

    private void decodeBlock(int c, int bx, int by) throws JpegFormatException {
        ScanComponent sc = scan.header().components().get(c);
        CoefficientPlane plane = planes[sc.frameIndex()];
        short[] coef = plane.raw();
        int off = plane.offset(bx, by);
        int s = in.decode(scan.dcTables()[sc.dcTable()]);
        if (s > maxCategory) {
            throw in.error("DC difference category " + s + " > " + maxCategory);
        }
        int dc = predictions[c] + (s == 0 ? 0 : in.receiveExtend(s));
        if (dc < -dcLimit || dc >= dcLimit) {
            throw in.error("DC coefficient " + dc + " outside the range of " + frame.precision() + "-bit samples ("
                    + -dcLimit + ".." + (dcLimit - 1) + ")");
        }
        predictions[c] = dc;
        coef[off] = (short) dc;
        decodeAc(scan.acTables()[sc.acTable()], coef, off);
    }

    private void decodeAc(HuffmanTable table, short[] coef, int off) throws JpegFormatException {
        int[] natural = ZigZag.NATURAL;
        for (int k = 1; k < 64; k++) {
            int rs = in.decode(table);
            int r = rs >> 4;
            int s = rs & 15;
            if (s == 0) {
                if (r != 15) {
                    return;
                }
                k += 15;
            } else {
                k += r;
                if (k > 63) {
                    throw in.error("AC run of " + r + " zeros passes the end of the block");
                }
                coef[off + natural[k]] = (short) in.receiveExtend(s);
            }
        }
    }
}
