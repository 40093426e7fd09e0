package org.veil.pixel.text;

/**
 * Knobs of {@link TextDetector}.
 *
 * @param window       side of the square window of the top-hat filters; strokes narrower than this stand out
 * @param contrast     minimum top-hat response (of 255, after per-frame stretching) for a stroke pixel
 * @param loneContrast minimum mean response of a glyph that has no neighbour (a single letter or digit)
 * @param minHeight    smallest glyph height in pixels
 * @param maxHeight    largest glyph height in pixels
 * @param gap          largest gap between glyphs of one line, in glyph heights
 */
public record DetectorSettings(int window, int contrast, int loneContrast, int minHeight, int maxHeight, double gap) {

    /** Window 13, contrast 48 (lone glyphs 90), glyph heights 5..64, gap 1.2 heights. */
    public static final DetectorSettings DEFAULT = new DetectorSettings(13, 48, 90, 5, 64, 1.2);

    public DetectorSettings {
        if (window < 3 || window % 2 == 0) {
            throw new IllegalArgumentException("window must be odd and at least 3, not " + window);
        }
        if (minHeight < 1 || maxHeight < minHeight) {
            throw new IllegalArgumentException("glyph heights " + minHeight + ".." + maxHeight);
        }
    }
}
