package org.veil.pixel.codec.jpeg;

/**
 * Turns the coefficients of one sequential DCT scan into symbols (T.81 F.1.2): DC differences and AC run/size
 * pairs with ZRL and EOB, in the same MCU order, interleaving and restart intervals as the decoder reads.
 */
final class DctScanEncoder {
    private final FrameHeader frame;
    private final JpegScan scan;
    private final CoefficientPlane[] planes;
    private final SymbolStream out = new SymbolStream();
    private final int[] predictions;

    private DctScanEncoder(FrameHeader frame, JpegScan scan, CoefficientPlane[] planes) {
        this.frame = frame;
        this.scan = scan;
        this.planes = planes;
        this.predictions = new int[scan.header().components().size()];
    }

    static SymbolStream symbols(FrameHeader frame, JpegScan scan, CoefficientPlane[] planes) {
        DctScanEncoder e = new DctScanEncoder(frame, scan, planes);
        e.run();
        return e.out;
    }

    private void run() {
        int across = scan.mcusAcross(frame);
        int down = scan.mcusDown(frame);
        int interval = scan.restartInterval();
        int mcu = 0;
        for (int my = 0; my < down; my++) {
            for (int mx = 0; mx < across; mx++, mcu++) {
                if (interval > 0 && mcu > 0 && mcu % interval == 0) {
                    out.restart((mcu / interval - 1) & 7);
                    java.util.Arrays.fill(predictions, 0);
                }
                if (scan.interleaved()) {
                    encodeMcu(mx, my);
                } else {
                    encodeBlock(0, mx, my);
                }
            }
        }
    }

    private void encodeMcu(int mx, int my) {
        for (int c = 0; c < predictions.length; c++) {
            FrameComponent fc = frame.components().get(scan.header().components().get(c).frameIndex());
            int h = fc.horizontalSampling();
            int v = fc.verticalSampling();
            for (int y = 0; y < v; y++) {
                for (int x = 0; x < h; x++) {
                    encodeBlock(c, mx * h + x, my * v + y);
                }
            }
        }
    }

    private void encodeBlock(int c, int bx, int by) {
        ScanComponent sc = scan.header().components().get(c);
        CoefficientPlane plane = planes[sc.frameIndex()];
        short[] coef = plane.raw();
        int off = plane.offset(bx, by);
        int diff = coef[off] - predictions[c];
        predictions[c] = coef[off];
        int s = Categories.of(diff);
        if (s > 15) {
            throw new IllegalStateException("DC difference " + diff + " of component " + sc.id() + " block (" + bx
                    + ", " + by + ") cannot be coded");
        }
        out.add(sc.dcTable(), s, Categories.bits(diff, s), s);
        int acTable = SymbolStream.AC + sc.acTable();
        int[] natural = ZigZag.NATURAL;
        int run = 0;
        for (int k = 1; k < 64; k++) {
            int value = coef[off + natural[k]];
            if (value == 0) {
                run++;
                continue;
            }
            for (; run > 15; run -= 16) {
                out.add(acTable, 0xF0, 0, 0);
            }
            int size = Categories.of(value);
            if (size > 15) {
                throw new IllegalStateException("AC coefficient " + value + " of component " + sc.id() + " block ("
                        + bx + ", " + by + ") cannot be coded");
            }
            out.add(acTable, (run << 4) | size, Categories.bits(value, size), size);
            run = 0;
        }
        if (run > 0) {
            out.add(acTable, 0x00, 0, 0);
        }
    }
}
