package org.veil.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.veil.pixel.text.GrayImage;
import org.veil.pixel.text.Recognition;

class ReadingCacheTest {
    private final AtomicInteger reads = new AtomicInteger();
    private final Function<GrayImage, Recognition> ocr = g -> {
        reads.incrementAndGet();
        return new Recognition("read " + (g.pixels()[0] & 0xFF), 90);
    };

    private static GrayImage line(int first) {
        byte[] p = new byte[12];
        p[0] = (byte) first;
        return new GrayImage(4, 3, p);
    }

    @Test
    void get_sameLineTwice_readsOnce() {
        ReadingCache cache = new ReadingCache(8);
        assertEquals("read 7", cache.get(line(7), 7, ocr).text());
        assertEquals("read 7", cache.get(line(7), 7, ocr).text());
        assertEquals(1, reads.get());
    }

    @Test
    void get_linesDifferingInOnePixelOrInShape_readEach() {
        ReadingCache cache = new ReadingCache(8);
        cache.get(line(7), 7, ocr);
        assertEquals("read 8", cache.get(line(8), 7, ocr).text());
        cache.get(new GrayImage(3, 4, new byte[12]), 7, ocr);
        cache.get(new GrayImage(4, 3, new byte[12]), 7, ocr);
        assertEquals(4, reads.get());
    }

    /** Regression: the same prepared image read as a line and as a single word are two readings. */
    @Test
    void get_sameLineOtherMode_readsAgain() {
        ReadingCache cache = new ReadingCache(8);
        cache.get(line(7), 7, ocr);
        cache.get(line(7), 8, ocr);
        assertEquals(2, reads.get());
    }

    @Test
    void get_beyondCapacity_dropsLeastRecentlyUsed() {
        ReadingCache cache = new ReadingCache(2);
        cache.get(line(1), 7, ocr);
        cache.get(line(2), 7, ocr);
        cache.get(line(1), 7, ocr);
        cache.get(line(3), 7, ocr);
        assertEquals(2, cache.size());
        cache.get(line(1), 7, ocr);
        assertEquals(3, reads.get());
        cache.get(line(2), 7, ocr);
        assertEquals(4, reads.get());
    }
}
