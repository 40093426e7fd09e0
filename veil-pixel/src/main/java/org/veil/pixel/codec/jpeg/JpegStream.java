package org.veil.pixel.codec.jpeg;

import java.util.ArrayList;
import java.util.List;

/**
 * A parsed JPEG stream: the frame, every marker segment in order, the scans, and the quantization table each DCT
 * component was coded with (null entries for lossless).
 */
record JpegStream(byte[] data, FrameHeader frame, List<JpegSegment> segments, List<JpegScan> scans,
                  QuantTable[] componentQuant) {

    /**
     * The same stream with one restart interval for every scan: DRI segments are dropped and one DRI (or none, for
     * 0) is placed before the first SOS.
     */
    JpegStream withRestartInterval(int mcus) {
        List<JpegSegment> out = new ArrayList<>();
        boolean placed = false;
        for (JpegSegment s : segments) {
            if (s.marker() == JpegMarker.DRI) {
                continue;
            }
            if (s.marker() == JpegMarker.SOS && !placed && mcus > 0) {
                out.add(new JpegSegment(JpegMarker.DRI, -1, new byte[] {(byte) (mcus >> 8), (byte) mcus}, -1));
                placed = true;
            }
            out.add(s);
        }
        List<JpegScan> rescanned = scans.stream().map(s -> new JpegScan(s.header(), s.dcTables(), s.acTables(), mcus,
                s.dataStart(), s.dataEnd())).toList();
        return new JpegStream(data, frame, out, rescanned, componentQuant);
    }
}
