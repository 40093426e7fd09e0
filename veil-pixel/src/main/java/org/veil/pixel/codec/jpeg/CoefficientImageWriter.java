package org.veil.pixel.codec.jpeg;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes a DCT stream back from coefficients: every marker segment of the original in its order (APPn, COM, DQT,
 * DHT, DRI, SOF), each scan re-encoded from the coefficients. A scan keeps the Huffman tables it was coded with when
 * they still have a code for every symbol; otherwise the missing slots get tables optimized for the new symbol counts
 * (T.81 K.2), written in a DHT just before that scan's SOS. Tables in force are tracked so that a later scan that
 * relies on an original table gets it back. DNL is dropped and its line count written into SOF instead.
 */
final class CoefficientImageWriter {
    private final JpegStream stream;
    private final CoefficientPlane[] planes;
    private final HuffmanTable[] inForce = new HuffmanTable[8];
    private final ByteSink out;

    private CoefficientImageWriter(JpegStream stream, CoefficientPlane[] planes) {
        this.stream = stream;
        this.planes = planes;
        this.out = new ByteSink(stream.data().length + 1024);
    }

    static byte[] write(JpegStream stream, CoefficientPlane[] planes) {
        return new CoefficientImageWriter(stream, planes).run();
    }

    private byte[] run() {
        out.marker(JpegMarker.SOI);
        for (JpegSegment s : stream.segments()) {
            switch (s.marker()) {
                case JpegMarker.SOS -> scan(s);
                case JpegMarker.DHT -> {
                    out.segment(s.marker(), s.payload());
                    track(s.payload());
                }
                case JpegMarker.DNL -> { }
                default -> out.segment(s.marker(), JpegMarker.isStartOfFrame(s.marker()) ? frame(s.payload())
                        : s.payload());
            }
        }
        out.marker(JpegMarker.EOI);
        return out.toByteArray();
    }

    /** The SOF payload with the frame's line count (set from DNL where the original had 0). */
    private byte[] frame(byte[] payload) {
        byte[] p = payload.clone();
        p[1] = (byte) (stream.frame().height() >> 8);
        p[2] = (byte) stream.frame().height();
        return p;
    }

    private void scan(JpegSegment sos) {
        JpegScan scan = stream.scans().get(sos.scanIndex());
        SymbolStream symbols = DctScanEncoder.symbols(stream.frame(), scan, planes);
        HuffmanTable[] use = new HuffmanTable[8];
        List<Integer> changed = new ArrayList<>();
        for (ScanComponent c : scan.header().components()) {
            choose(c.dcTable(), scan.dcTables()[c.dcTable()], symbols, use, changed);
            choose(SymbolStream.AC + c.acTable(), scan.acTables()[c.acTable()], symbols, use, changed);
        }
        if (!changed.isEmpty()) {
            writeTables(changed, use);
        }
        byte[] header = sos.payload().clone();
        header[header.length - 2] = 63; // Ss=0, Se=63, Ah=Al=0, also where the original wrote zeros
        out.segment(JpegMarker.SOS, header);
        symbols.writeTo(new EntropyWriter(out), use);
    }

    private void choose(int slot, HuffmanTable original, SymbolStream symbols, HuffmanTable[] use,
                        List<Integer> changed) {
        if (use[slot] != null) {
            return;
        }
        long[] freq = symbols.frequencies(slot);
        HuffmanTable t = covers(original, freq) ? original : HuffmanTableOptimizer.optimize(freq);
        use[slot] = t;
        if (!t.equals(inForce[slot])) {
            changed.add(slot);
        }
    }

    private static boolean covers(HuffmanTable table, long[] freq) {
        for (int s = 0; s < 256; s++) {
            if (freq[s] > 0 && !table.encodes(s)) {
                return false;
            }
        }
        return true;
    }

    private void writeTables(List<Integer> slots, HuffmanTable[] use) {
        out.marker(JpegMarker.DHT);
        int lengthAt = out.size();
        out.u16(0);
        for (int slot : slots) {
            use[slot].writeTo(out, slot / SymbolStream.AC, slot % SymbolStream.AC);
            inForce[slot] = use[slot];
        }
        out.patchU16(lengthAt, out.size() - lengthAt);
    }

    /** Records the tables a copied DHT segment puts in force. */
    private void track(byte[] payload) {
        HuffmanTable[] dc = new HuffmanTable[4];
        HuffmanTable[] ac = new HuffmanTable[4];
        try {
            HuffmanTable.parse(new SegmentReader(payload, 0, payload.length, "DHT"), dc, ac);
        } catch (JpegFormatException e) {
            throw new IllegalStateException("DHT that parsed before no longer parses", e);
        }
        for (int i = 0; i < 4; i++) {
            inForce[i] = dc[i] != null ? dc[i] : inForce[i];
            inForce[SymbolStream.AC + i] = ac[i] != null ? ac[i] : inForce[SymbolStream.AC + i];
        }
    }
}
