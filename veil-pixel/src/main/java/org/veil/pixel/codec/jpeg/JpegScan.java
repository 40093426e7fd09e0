package org.veil.pixel.codec.jpeg;

/**
 * One scan with the state in force when it started: its header, the Huffman tables in each slot, the restart
 * interval, and where its entropy-coded data lies in the stream.
 *
 * @param header          the scan header
 * @param dcTables        DC (lossless: the) Huffman table of each slot 0..3, null where undefined
 * @param acTables        AC Huffman table of each slot 0..3, null where undefined
 * @param restartInterval MCUs per restart interval, 0 for none
 * @param dataStart       offset of the first entropy-coded byte
 * @param dataEnd         offset of the marker that ends the entropy-coded data (RSTn markers inside excluded)
 */
record JpegScan(ScanHeader header, HuffmanTable[] dcTables, HuffmanTable[] acTables, int restartInterval,
                int dataStart, int dataEnd) {

    /** True when the scan holds more than one component (MCUs of several data units). */
    boolean interleaved() {
        return header.components().size() > 1;
    }

    /** MCUs per line: the frame's MCU grid when interleaved, else data units of the one component. */
    int mcusAcross(FrameHeader frame) {
        if (interleaved()) {
            return frame.mcusAcross();
        }
        int i = header.components().get(0).frameIndex();
        return FrameHeader.ceilDiv(frame.componentWidth(i), frame.process().dataUnitSize());
    }

    /** MCU rows: the frame's MCU grid when interleaved, else data unit rows of the one component. */
    int mcusDown(FrameHeader frame) {
        if (interleaved()) {
            return frame.mcusDown();
        }
        int i = header.components().get(0).frameIndex();
        return FrameHeader.ceilDiv(frame.componentHeight(i), frame.process().dataUnitSize());
    }

    /** Data units in the whole scan. */
    long dataUnits(FrameHeader frame) {
        long perMcu = 0;
        for (ScanComponent c : header.components()) {
            FrameComponent fc = frame.components().get(c.frameIndex());
            perMcu += interleaved() ? fc.horizontalSampling() * fc.verticalSampling() : 1;
        }
        return perMcu * mcusAcross(frame) * mcusDown(frame);
    }
}
