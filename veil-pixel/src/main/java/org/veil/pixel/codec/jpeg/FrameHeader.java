package org.veil.pixel.codec.jpeg;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A frame header (T.81 B.2.2): process, sample precision, size and components with their sampling factors.
 *
 * @param process    the coding process (from the SOF marker)
 * @param precision  sample precision P in bits
 * @param height     number of lines Y (0 only while a DNL segment is pending)
 * @param width      samples per line X
 * @param components the components in frame order
 */
public record FrameHeader(JpegProcess process, int precision, int height, int width, List<FrameComponent> components) {

    public FrameHeader {
        components = List.copyOf(components);
    }

    /** Largest horizontal sampling factor Hmax. */
    public int maxHorizontalSampling() {
        return components.stream().mapToInt(FrameComponent::horizontalSampling).max().orElse(1);
    }

    /** Largest vertical sampling factor Vmax. */
    public int maxVerticalSampling() {
        return components.stream().mapToInt(FrameComponent::verticalSampling).max().orElse(1);
    }

    /** Samples per line of component i: ceil(X * Hi / Hmax) (T.81 A.1.1). */
    public int componentWidth(int i) {
        return ceilDiv(width * components.get(i).horizontalSampling(), maxHorizontalSampling());
    }

    /** Lines of component i: ceil(Y * Vi / Vmax). */
    public int componentHeight(int i) {
        return ceilDiv(height * components.get(i).verticalSampling(), maxVerticalSampling());
    }

    /** MCUs per line of an interleaved scan. */
    public int mcusAcross() {
        return ceilDiv(width, maxHorizontalSampling() * process.dataUnitSize());
    }

    /** MCU rows of an interleaved scan. */
    public int mcusDown() {
        return ceilDiv(height, maxVerticalSampling() * process.dataUnitSize());
    }

    /** Data units per line of component i including the padding to whole MCUs. */
    public int paddedUnitsAcross(int i) {
        return mcusAcross() * components.get(i).horizontalSampling();
    }

    /** Data unit rows of component i including the padding to whole MCUs. */
    public int paddedUnitsDown(int i) {
        return mcusDown() * components.get(i).verticalSampling();
    }

    /** Samples of all components including the padding to whole MCUs (what a decoder allocates). */
    public long paddedSamples() {
        long n = 0;
        int unit = process.dataUnitSize() * process.dataUnitSize();
        for (int i = 0; i < components.size(); i++) {
            n += (long) paddedUnitsAcross(i) * paddedUnitsDown(i) * unit;
        }
        return n;
    }

    /** Index of the component with this identifier, or -1. */
    public int indexOf(int componentId) {
        for (int i = 0; i < components.size(); i++) {
            if (components.get(i).id() == componentId) {
                return i;
            }
        }
        return -1;
    }

    /** The same frame with the number of lines set (from a DNL segment). */
    public FrameHeader withHeight(int lines) {
        return new FrameHeader(process, precision, lines, width, components);
    }

    static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }

    /** Parses a SOF0, SOF1 or SOF3 payload. */
    static FrameHeader parse(SegmentReader r, JpegProcess process) throws JpegFormatException {
        int p = r.u8();
        checkPrecision(r, process, p);
        int y = r.u16();
        int x = r.u16();
        if (x == 0) {
            throw r.error("frame width X is 0");
        }
        int n = r.u8();
        if (n == 0) {
            throw r.error("frame has no components");
        }
        List<FrameComponent> list = new ArrayList<>(n);
        Set<Integer> ids = new HashSet<>();
        for (int i = 0; i < n; i++) {
            FrameComponent c = component(r, process);
            if (!ids.add(c.id())) {
                throw r.error("component identifier " + c.id() + " appears twice");
            }
            list.add(c);
        }
        r.expectEnd();
        return new FrameHeader(process, p, y, x, list);
    }

    private static FrameComponent component(SegmentReader r, JpegProcess process) throws JpegFormatException {
        int id = r.u8();
        int hv = r.u8();
        int tq = r.u8();
        int h = hv >> 4;
        int v = hv & 15;
        if (h < 1 || h > 4 || v < 1 || v > 4) {
            throw r.error("component " + id + " has sampling factors " + h + "x" + v + " (each must be 1..4)");
        }
        if (tq > 3 || (!process.dct() && tq != 0)) {
            throw r.error("component " + id + " uses quantization table " + tq);
        }
        return new FrameComponent(id, h, v, tq);
    }

    private static void checkPrecision(SegmentReader r, JpegProcess process, int p) throws JpegFormatException {
        boolean ok = switch (process) {
            case BASELINE -> p == 8;
            case EXTENDED -> p == 8 || p == 12;
            case LOSSLESS -> p >= 2 && p <= 16;
        };
        if (!ok) {
            throw r.error("sample precision " + p + " is not allowed for " + process);
        }
    }
}
