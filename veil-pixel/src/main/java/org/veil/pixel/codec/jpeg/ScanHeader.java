package org.veil.pixel.codec.jpeg;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A scan header (T.81 B.2.3). For the sequential DCT processes {@code Ss=0, Se=63, Ah=Al=0} (some encoders write
 * all four as 0; that is accepted with a warning, and re-encoded streams carry the correct values); for lossless,
 * {@code Ss} is the predictor selection value (1..7) and {@code Al} the point transform.
 *
 * @param components    the components of the scan, in frame order
 * @param spectralStart Ss (lossless: predictor)
 * @param spectralEnd   Se
 * @param approxHigh    Ah
 * @param approxLow     Al (lossless: point transform Pt)
 */
public record ScanHeader(List<ScanComponent> components, int spectralStart, int spectralEnd, int approxHigh,
                         int approxLow) {
    private static final Logger LOG = LoggerFactory.getLogger(ScanHeader.class);

    public ScanHeader {
        components = List.copyOf(components);
    }

    /** Lossless predictor selection value. */
    public int predictor() {
        return spectralStart;
    }

    /** Lossless point transform Pt. */
    public int pointTransform() {
        return approxLow;
    }

    /** Parses an SOS payload against its frame. */
    static ScanHeader parse(SegmentReader r, FrameHeader frame) throws JpegFormatException {
        int n = r.u8();
        if (n < 1 || n > 4) {
            throw r.error("scan has " + n + " components (must be 1..4)");
        }
        int maxTable = frame.process() == JpegProcess.BASELINE ? 1 : 3;
        List<ScanComponent> list = new ArrayList<>(n);
        int previous = -1;
        for (int i = 0; i < n; i++) {
            int id = r.u8();
            int t = r.u8();
            int index = frame.indexOf(id);
            if (index < 0) {
                throw r.error("scan component " + id + " is not in the frame");
            }
            if (index <= previous) {
                throw r.error("scan component " + id + " is out of frame order or repeated");
            }
            previous = index;
            int td = t >> 4;
            int ta = t & 15;
            if (td > maxTable || (frame.process().dct() && ta > maxTable)) {
                throw r.error("scan component " + id + " uses Huffman tables DC" + td + "/AC" + ta + " (max "
                        + maxTable + " for " + frame.process() + ")");
            }
            list.add(new ScanComponent(index, id, td, ta));
        }
        int ss = r.u8();
        int se = r.u8();
        int a = r.u8();
        r.expectEnd();
        ScanHeader h = new ScanHeader(list, ss, se, a >> 4, a & 15);
        h.check(r, frame);
        return h;
    }

    private void check(SegmentReader r, FrameHeader frame) throws JpegFormatException {
        if (frame.process().dct()) {
            if (spectralStart == 0 && spectralEnd == 0 && approxHigh == 0 && approxLow == 0) {
                LOG.warn("JPEG @0x{} SOS: sequential DCT scan has Ss=Se=Ah=Al=0 instead of Se=63; read as"
                        + " sequential (as libjpeg does)", Integer.toHexString(r.position()).toUpperCase());
            } else if (spectralStart != 0 || spectralEnd != 63 || approxHigh != 0 || approxLow != 0) {
                throw r.error("sequential DCT scan needs Ss=0 Se=63 Ah=Al=0, found Ss=" + spectralStart + " Se="
                        + spectralEnd + " Ah=" + approxHigh + " Al=" + approxLow);
            }
            int units = 0;
            for (ScanComponent c : components) {
                FrameComponent fc = frame.components().get(c.frameIndex());
                units += fc.horizontalSampling() * fc.verticalSampling();
            }
            if (components.size() > 1 && units > 10) {
                throw r.error("interleaved scan has " + units + " blocks per MCU (max 10)");
            }
        } else if (spectralStart < 1 || spectralStart > 7 || approxHigh != 0 || approxLow >= frame.precision()) {
            throw r.error("lossless scan needs predictor 1..7, Ah=0 and Pt < P, found Ss=" + spectralStart
                    + " Ah=" + approxHigh + " Al=" + approxLow);
        }
    }
}
