package org.veil.pixel.codec.jpeg;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits a JPEG stream into marker segments and scans (T.81 Annex B), checking headers, table references and limits
 * before any decoder allocates. Fill bytes (0xFF) before markers are skipped; the entropy-coded data of each scan is
 * located by looking for the first marker that is neither a stuffed 0xFF00 nor RSTn.
 */
final class JpegParser {
    private final byte[] data;
    private final JpegLimits limits;
    private final HuffmanTable[] dc = new HuffmanTable[4];
    private final HuffmanTable[] ac = new HuffmanTable[4];
    private final QuantTable[] quant = new QuantTable[4];
    private final List<JpegSegment> segments = new ArrayList<>();
    private final List<JpegScan> scans = new ArrayList<>();
    private FrameHeader frame;
    private QuantTable[] componentQuant;
    private boolean[] coded;
    private int restartInterval;
    private int dnlLines = -1;
    private int pos;

    private JpegParser(byte[] data, JpegLimits limits) {
        this.data = data;
        this.limits = limits;
    }

    /** Parses the whole stream up to EOI. */
    static JpegStream parse(byte[] data, JpegLimits limits) throws JpegFormatException {
        return new JpegParser(data, limits).run();
    }

    private JpegStream run() throws JpegFormatException {
        if (data.length < 2 || (data[0] & 0xFF) != 0xFF || (data[1] & 0xFF) != JpegMarker.SOI) {
            throw new JpegFormatException(0, "stream", "does not start with SOI (0xFFD8)");
        }
        pos = 2;
        while (true) {
            int at = pos;
            int marker = nextMarker();
            if (marker == JpegMarker.EOI) {
                return finish(at);
            }
            segment(marker, at);
        }
    }

    private int nextMarker() throws JpegFormatException {
        if (pos >= data.length) {
            throw new JpegFormatException(pos, "stream", "missing EOI: stream ends after " + data.length + " bytes");
        }
        if ((data[pos] & 0xFF) != 0xFF) {
            throw new JpegFormatException(pos, "stream",
                    String.format("expected a marker (0xFF), found 0x%02X", data[pos] & 0xFF));
        }
        while (pos < data.length && (data[pos] & 0xFF) == 0xFF) {
            pos++;
        }
        if (pos >= data.length) {
            throw new JpegFormatException(pos, "stream", "missing EOI: stream ends in fill bytes");
        }
        int marker = data[pos++] & 0xFF;
        if (marker == 0) {
            throw new JpegFormatException(pos - 2, "stream", "stuffed 0xFF00 outside entropy-coded data");
        }
        return marker;
    }

    private void segment(int marker, int at) throws JpegFormatException {
        String name = JpegMarker.name(marker);
        if (marker == JpegMarker.SOI || JpegMarker.isRestart(marker)) {
            throw new JpegFormatException(at, name, "unexpected " + name + " outside entropy-coded data");
        }
        if (marker == 0x01) {
            return; // TEM: no length, no meaning here
        }
        if (pos + 2 > data.length) {
            throw new JpegFormatException(pos, name, "segment length runs past the end of the stream");
        }
        int length = ((data[pos] & 0xFF) << 8) | (data[pos + 1] & 0xFF);
        if (length < 2 || pos + length > data.length) {
            throw new JpegFormatException(pos, name, "segment length " + length + " does not fit the "
                    + (data.length - pos) + " bytes left");
        }
        SegmentReader r = new SegmentReader(data, pos + 2, pos + length, name);
        pos += length;
        dispatch(marker, at, r);
    }

    private void dispatch(int marker, int at, SegmentReader r) throws JpegFormatException {
        if (JpegMarker.isStartOfFrame(marker)) {
            frame(marker, at, r);
            return;
        }
        switch (marker) {
            case JpegMarker.DHT -> HuffmanTable.parse(r, dc, ac);
            case JpegMarker.DQT -> QuantTable.parse(r, quant);
            case JpegMarker.DRI -> restartInterval = r.u16();
            case JpegMarker.SOS -> {
                scan(at, r);
                return;
            }
            case JpegMarker.DNL -> {
                dnl(r, at);
                return;
            }
            case JpegMarker.DAC -> throw r.errorAt(at, "unsupported: arithmetic coding (DAC)");
            case JpegMarker.DHP, JpegMarker.EXP -> throw r.errorAt(at, "unsupported: hierarchical JPEG");
            default -> {
                boolean opaque = (marker >= JpegMarker.APP0 && marker <= JpegMarker.APP15) || marker == JpegMarker.COM
                        || (marker >= 0xF0 && marker <= 0xFD);
                if (!opaque) {
                    throw r.errorAt(at, "unknown marker");
                }
            }
        }
        if (marker == JpegMarker.DRI) {
            r.expectEnd();
        }
        keep(marker, at, r, -1);
    }

    private void keep(int marker, int at, SegmentReader r, int scanIndex) {
        int end = r.position() + r.remaining();
        byte[] payload = Arrays.copyOfRange(data, payloadStart(at), end);
        segments.add(new JpegSegment(marker, at, payload, scanIndex));
    }

    /** The payload starts after the marker (and any fill bytes before its code) and the two length bytes. */
    private int payloadStart(int at) {
        int p = at;
        while ((data[p] & 0xFF) == 0xFF) {
            p++;
        }
        return p + 3;
    }

    private void frame(int marker, int at, SegmentReader r) throws JpegFormatException {
        if (frame != null) {
            throw r.errorAt(at, "second frame header (only one frame per stream is supported)");
        }
        JpegProcess process = JpegProcess.ofMarker(marker, at);
        frame = FrameHeader.parse(r, process);
        FrameChecks.checkSize(at, frame, limits);
        componentQuant = new QuantTable[frame.components().size()];
        coded = new boolean[frame.components().size()];
        keep(marker, at, r, -1);
    }

    private void scan(int at, SegmentReader r) throws JpegFormatException {
        if (frame == null) {
            throw r.errorAt(at, "scan before the frame header (SOF)");
        }
        ScanHeader header = ScanHeader.parse(r, frame);
        for (ScanComponent c : header.components()) {
            useComponent(r, at, c);
        }
        keep(JpegMarker.SOS, at, r, scans.size());
        int end = FrameChecks.entropyEnd(data, pos);
        scans.add(new JpegScan(header, dc.clone(), ac.clone(), restartInterval, pos, end));
        pos = end;
    }

    private void useComponent(SegmentReader r, int at, ScanComponent c) throws JpegFormatException {
        if (coded[c.frameIndex()]) {
            throw r.errorAt(at, "component " + c.id() + " appears in a second scan (progressive or broken stream)");
        }
        coded[c.frameIndex()] = true;
        if (dc[c.dcTable()] == null) {
            throw r.errorAt(at, "component " + c.id() + " uses undefined Huffman table DC" + c.dcTable());
        }
        if (!frame.process().dct()) {
            return;
        }
        if (ac[c.acTable()] == null) {
            throw r.errorAt(at, "component " + c.id() + " uses undefined Huffman table AC" + c.acTable());
        }
        int tq = frame.components().get(c.frameIndex()).quantTable();
        if (quant[tq] == null) {
            throw r.errorAt(at, "component " + c.id() + " uses undefined quantization table " + tq);
        }
        componentQuant[c.frameIndex()] = quant[tq];
    }

    private void dnl(SegmentReader r, int at) throws JpegFormatException {
        int lines = r.u16();
        r.expectEnd();
        if (frame == null || scans.size() != 1 || lines == 0) {
            throw r.errorAt(at, "DNL is only allowed after the first scan and must give a non-zero height");
        }
        if (frame.height() != 0 && frame.height() != lines) {
            throw r.errorAt(at, "DNL gives " + lines + " lines but the frame header says " + frame.height());
        }
        dnlLines = lines;
    }

    private JpegStream finish(int eoi) throws JpegFormatException {
        if (frame == null || scans.isEmpty()) {
            throw new JpegFormatException(eoi, "EOI", frame == null ? "no frame header (SOF) before EOI" : "no scan");
        }
        if (frame.height() == 0) {
            if (dnlLines < 0) {
                throw new JpegFormatException(eoi, "EOI", "frame height is 0 and no DNL segment defines it");
            }
            frame = frame.withHeight(dnlLines);
            FrameChecks.checkSize(eoi, frame, limits);
        }
        for (int i = 0; i < coded.length; i++) {
            if (!coded[i]) {
                throw new JpegFormatException(eoi, "EOI", "component " + frame.components().get(i).id()
                        + " is in no scan");
            }
        }
        for (JpegScan s : scans) {
            FrameChecks.checkEntropyLength(frame, s);
        }
        return new JpegStream(data, frame, List.copyOf(segments), List.copyOf(scans), componentQuant);
    }
}
