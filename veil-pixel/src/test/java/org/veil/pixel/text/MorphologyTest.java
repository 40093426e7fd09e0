package org.veil.pixel.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class MorphologyTest {
    /** The extreme over the k x k window centred on each pixel, edges replicated: the definition, pixel by pixel. */
    private static int[] reference(int[] img, int w, int h, int k, boolean max) {
        int r = k / 2;
        int[] out = new int[img.length];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int acc = max ? Integer.MIN_VALUE : Integer.MAX_VALUE;
                for (int dy = -r; dy <= r; dy++) {
                    for (int dx = -r; dx <= r; dx++) {
                        int yy = Math.min(h - 1, Math.max(0, y + dy));
                        int xx = Math.min(w - 1, Math.max(0, x + dx));
                        int v = img[yy * w + xx];
                        acc = max ? Math.max(acc, v) : Math.min(acc, v);
                    }
                }
                out[y * w + x] = acc;
            }
        }
        return out;
    }

    @Test
    void erodeDilate_randomImagesOfOddShapes_matchTheDefinition() {
        Random rnd = new Random(15);
        int[][] shapes = {{1, 1}, {7, 3}, {3, 20}, {31, 17}, {64, 5}, {13, 13}, {40, 41}};
        for (int k : new int[] {3, 5, 13}) {
            for (int[] s : shapes) {
                int w = s[0];
                int h = s[1];
                int[] img = new int[w * h];
                for (int i = 0; i < img.length; i++) {
                    img[i] = rnd.nextInt(256);
                }
                String what = w + "x" + h + " window " + k;
                assertArrayEquals(reference(img, w, h, k, false), Morphology.erode(img, w, h, k), "erode " + what);
                assertArrayEquals(reference(img, w, h, k, true), Morphology.dilate(img, w, h, k), "dilate " + what);
            }
        }
    }
}
