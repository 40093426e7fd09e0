package org.veil.pixel.codec.jpeg;

/**
 * Decodes the entropy-coded data of one lossless scan (T.81 H.2) into padded component planes: Huffman-coded
 * difference categories 0..16, prediction, reconstruction modulo 2^16. Values are stored before the point transform
 * is undone. Restart intervals must cover whole MCU rows, as prediction restarts on a line.
 */
final class LosslessScanDecoder {
    private final FrameHeader frame;
    private final JpegScan scan;
    private final short[][] planes;
    private final int[] strides;
    private final EntropyDecoder in;
    private final int initial;

    private LosslessScanDecoder(byte[] data, FrameHeader frame, JpegScan scan, short[][] planes, int[] strides) {
        this.frame = frame;
        this.scan = scan;
        this.planes = planes;
        this.strides = strides;
        this.in = new EntropyDecoder(data, scan.dataStart(), scan.dataEnd(), "SOS");
        this.initial = 1 << (frame.precision() - scan.header().pointTransform() - 1);
    }

    /**
     * Decodes the scan into the padded planes of its components (indexed by frame component; plane i has
     * strides[i] samples per line).
     */
    static void decode(byte[] data, FrameHeader frame, JpegScan scan, short[][] planes, int[] strides)
            throws JpegFormatException {
        new LosslessScanDecoder(data, frame, scan, planes, strides).run();
    }

    private void run() throws JpegFormatException {
        int across = scan.mcusAcross(frame);
        int down = scan.mcusDown(frame);
        int interval = scan.restartInterval();
        if (interval > 0 && interval % across != 0) {
            throw new JpegFormatException(scan.dataStart(), "SOS", "unsupported: lossless restart interval "
                    + interval + " is not a whole number of MCU rows (" + across + " MCUs each)");
        }
        int firstRow = 0;
        for (int my = 0; my < down; my++) {
            long mcu = (long) my * across;
            if (interval > 0 && my > 0 && mcu % interval == 0) {
                in.restart((int) ((mcu / interval - 1) & 7));
                firstRow = my;
            }
            if (scan.interleaved()) {
                decodeMcuRow(my, my == firstRow);
            } else {
                decodeLine(0, my, my == firstRow, across);
            }
            in.checkOverrun();
        }
    }

    private void decodeLine(int c, int y, boolean firstLine, int count) throws JpegFormatException {
        ScanComponent sc = scan.header().components().get(c);
        HuffmanTable table = scan.dcTables()[sc.dcTable()];
        short[] p = planes[sc.frameIndex()];
        int stride = strides[sc.frameIndex()];
        int selection = scan.header().predictor();
        for (int x = 0, i = y * stride; x < count; x++, i++) {
            int pred = LosslessPredictor.predict(p, i, x, stride, firstLine, selection, initial);
            p[i] = (short) (pred + difference(table));
        }
    }

    private void decodeMcuRow(int my, boolean firstMcuRow) throws JpegFormatException {
        int across = frame.mcusAcross();
        int selection = scan.header().predictor();
        for (int mx = 0; mx < across; mx++) {
            for (ScanComponent sc : scan.header().components()) {
                FrameComponent fc = frame.components().get(sc.frameIndex());
                HuffmanTable table = scan.dcTables()[sc.dcTable()];
                short[] p = planes[sc.frameIndex()];
                int stride = strides[sc.frameIndex()];
                int h = fc.horizontalSampling();
                int v = fc.verticalSampling();
                for (int yy = 0; yy < v; yy++) {
                    int y = my * v + yy;
                    for (int xx = 0; xx < h; xx++) {
                        int x = mx * h + xx;
                        int i = y * stride + x;
                        boolean firstLine = firstMcuRow && yy == 0;
                        int pred = LosslessPredictor.predict(p, i, x, stride, firstLine, selection, initial);
                        p[i] = (short) (pred + difference(table));
                    }
                }
            }
        }
    }

    private int difference(HuffmanTable table) throws JpegFormatException {
        int s = in.decode(table);
        if (s == 0) {
            return 0;
        }
        if (s < 16) {
            return in.receiveExtend(s);
        }
        if (s == 16) {
            return 32768;
        }
        throw in.error("lossless difference category " + s + " > 16");
    }
}
