package org.veil.pixel.codec.jpeg;

import java.util.ArrayList;
import java.util.List;

/** Decodes a parsed lossless (SOF3) stream: every scan into padded planes, then crop and undo the point transform. */
final class LosslessDecoder {
    private LosslessDecoder() {
    }

    static ComponentPlanes decode(JpegStream stream) throws JpegFormatException {
        FrameHeader frame = stream.frame();
        int n = frame.components().size();
        short[][] padded = new short[n][];
        int[] strides = new int[n];
        int[] pointTransform = new int[n];
        for (int i = 0; i < n; i++) {
            strides[i] = frame.paddedUnitsAcross(i);
            padded[i] = new short[Math.multiplyExact(strides[i], frame.paddedUnitsDown(i))];
        }
        for (JpegScan scan : stream.scans()) {
            LosslessScanDecoder.decode(stream.data(), frame, scan, padded, strides);
            for (ScanComponent c : scan.header().components()) {
                pointTransform[c.frameIndex()] = scan.header().pointTransform();
            }
        }
        List<Plane> planes = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            planes.add(crop(padded[i], strides[i], frame.componentWidth(i), frame.componentHeight(i),
                    pointTransform[i]));
        }
        return new ComponentPlanes(frame, planes);
    }

    private static Plane crop(short[] padded, int stride, int width, int height, int pointTransform) {
        short[] out = new short[width * height];
        int mask = 0xFFFF >> pointTransform;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                out[y * width + x] = (short) ((padded[y * stride + x] & mask) << pointTransform);
            }
        }
        return new Plane(width, height, out);
    }
}
