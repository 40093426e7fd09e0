package org.veil.ocr;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.veil.pixel.text.GrayImage;
import org.veil.pixel.text.Recognition;

/**
 * The readings of the last prepared lines, by their exact pixels: overlay words (TGC, MI 0.8, cm) come back in
 * every image of a device, and once binarized and enlarged they are the same image whatever lies behind them, so
 * Tesseract reads each only once. Keys compare every pixel (no hash stands in for the image), so a reading is reused
 * only for an identical input, and Tesseract's answer for it would be the same. Whether the text may stay is still
 * decided per instance. Least recently used lines are dropped beyond {@code capacity}. Thread-safe.
 */
final class ReadingCache {
    private final Map<Line, Recognition> readings;

    ReadingCache(int capacity) {
        this.readings = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Line, Recognition> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The reading of {@code line} in {@code mode}, from {@code read} the first time this exact image is seen. */
    Recognition get(GrayImage line, int mode, Function<GrayImage, Recognition> read) {
        Line key = new Line(mode, line.width(), line.height(), line.pixels().clone());
        synchronized (readings) {
            Recognition r = readings.get(key);
            if (r != null) {
                return r;
            }
        }
        Recognition r = read.apply(line);
        synchronized (readings) {
            readings.put(key, r);
        }
        return r;
    }

    int size() {
        synchronized (readings) {
            return readings.size();
        }
    }

    private record Line(int mode, int width, int height, byte[] pixels) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Line l && l.mode == mode && l.width == width && l.height == height
                    && Arrays.equals(l.pixels, pixels);
        }

        @Override
        public int hashCode() {
            return 31 * (31 * (31 * mode + width) + height) + Arrays.hashCode(pixels);
        }
    }
}
