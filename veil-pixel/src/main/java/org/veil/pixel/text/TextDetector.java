package org.veil.pixel.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.veil.pixel.frame.Rect;
import org.veil.pixel.text.Components.Blob;

/**
 * Finds text in an 8-bit luminance image: strokes are pixels that stand out from a morphological opening (bright
 * text) or closing (dark text) of the image by more than {@link DetectorSettings#contrast()}, so slow gradients and
 * large structures do not count; 8-connected strokes form glyphs, glyphs of similar height side by side form lines.
 * Dots, commas and other small marks join the line they sit in. A lone glyph (an orientation letter, a vertical
 * text's letter) counts when its contrast is high. Each polarity is searched at three thresholds, so that text over
 * speckle, which merges with the grains at a low threshold, separates at a higher one; a glyph must end in a sharp
 * step (burned-in strokes do, speckle grains fade out), and the glyphs of a line share their brightest (or darkest)
 * value, as text drawn in one colour does. Boxes of all passes are joined. Immutable and thread-safe.
 */
public final class TextDetector {
    /** Thresholds tried, from the contrast setting up: text touching speckle separates at a higher one. */
    private static final int LEVELS = 3;
    /** Edge step over response a glyph needs: strokes end in a step, speckle grains fade out. */
    private static final double MIN_SHARPNESS = 0.6;
    /** A lone glyph needs an even sharper edge. */
    private static final double LONE_SHARPNESS = 0.8;
    /** A blob filling more of its box than this is a solid patch (a label), not a letter, unless it is a bar. */
    private static final double MAX_FILL = 0.75;
    /** Widest glyph, in heights (a few touching letters of a bold font). */
    private static final int MAX_GLYPH_ASPECT = 5;
    /**
     * Share of a glyph's pixels that must hold its drawn value: burned-in text is drawn in one value, so most of a
     * stroke does; a speckle grain or the edge of a structure peaks in a few pixels only.
     */
    private static final double MIN_INK = 0.25;
    /** Tallest over shortest glyph of one line (capitals and descenders against lower case). */
    private static final double MAX_HEIGHT_RATIO = 2.2;
    /** Widest glyph that may start a line, in heights (one letter or two touching ones). */
    private static final double START_ASPECT = 2.5;
    /** Tallest over shortest glyph of a line of one or two glyphs. */
    private static final double PAIR_HEIGHT_RATIO = 1.6;
    /** How far a line may be followed beyond its glyphs, in glyph heights. */
    private static final int EXTEND_HEIGHTS = 3;
    /** Glyphs of a line that make it text whatever their strokes look like (fail closed). */
    private static final int STRONG_LINE = 3;
    /** Thickest stroke of a short line's glyphs, in pixels or heights (the halo around a label's text is thicker). */
    private static final double MAX_STROKE = 3.2;
    private static final double MAX_STROKE_PER_HEIGHT = 0.28;
    /** A lone glyph is one letter (upright or turned): at most this many heights wide, mostly drawn in one value. */
    private static final double LONE_ASPECT = 2.5;
    private static final double LONE_INK = 0.6;

    private final DetectorSettings settings;

    public TextDetector(DetectorSettings settings) {
        this.settings = settings;
    }

    public DetectorSettings settings() {
        return settings;
    }

    /** Text boxes of the whole image. */
    public List<TextBox> detect(GrayImage image) {
        return detect(image, new Rect(0, 0, image.width(), image.height()));
    }

    /** Text boxes found inside {@code area} (clipped to the image), in image coordinates. */
    public List<TextBox> detect(GrayImage image, Rect area) {
        Rect a = area.clip(image.width(), image.height());
        if (a.isEmpty()) {
            return List.of();
        }
        GrayImage g = a.equals(new Rect(0, 0, image.width(), image.height())) ? image : image.crop(a);
        int w = g.width();
        int h = g.height();
        int[] img = new int[w * h];
        for (int i = 0; i < img.length; i++) {
            img[i] = g.pixels()[i] & 0xFF;
        }
        int k = settings.window();
        int[] open = Morphology.dilate(Morphology.erode(img, w, h, k), w, h, k);
        int[] close = Morphology.erode(Morphology.dilate(img, w, h, k), w, h, k);
        int[] bright = new int[img.length];
        int[] dark = new int[img.length];
        for (int i = 0; i < img.length; i++) {
            bright[i] = img[i] - open[i];
            dark[i] = close[i] - img[i];
        }
        List<TextBox> boxes = new ArrayList<>();
        for (int level = 0; level < LEVELS; level++) {
            int threshold = settings.contrast() + level * (255 - settings.contrast()) / (LEVELS + 1);
            addLines(boxes, Components.find(bright, img, true, w, h, threshold), new Strokes(bright, img, w, h), a,
                    image);
            addLines(boxes, Components.find(dark, img, false, w, h, threshold), new Strokes(dark, img, w, h), a,
                    image);
        }
        return BoxMerge.merge(boxes);
    }

    private void addLines(List<TextBox> boxes, List<Blob> blobs, Strokes strokes, Rect a, GrayImage image) {
        for (Line l : lines(blobs)) {
            extend(l, strokes);
            boolean lone = l.maxResponse >= settings.loneContrast() && l.sharpness >= LONE_SHARPNESS
                    && l.glyphHeight >= settings.minHeight() + 2 && l.ink() >= LONE_INK
                    && l.x1 - l.x0 <= LONE_ASPECT * l.glyphHeight;
            boolean thin = l.maxStroke <= Math.max(MAX_STROKE, MAX_STROKE_PER_HEIGHT * l.glyphHeight)
                    && l.glyphHeight <= PAIR_HEIGHT_RATIO * l.minGlyphHeight;
            if (l.glyphs >= STRONG_LINE || (l.glyphs > 1 || lone) && thin) {
                int pad = 3 + l.height() / 5;
                Rect r = new Rect(l.x0 - pad + a.x(), l.y0 - pad + a.y(), l.x1 - l.x0 + 2 * pad,
                        l.y1 - l.y0 + 2 * pad).clip(image.width(), image.height());
                boxes.add(new TextBox(r, l.glyphs - l.weak));
            }
        }
    }

    /** Joins overlapping boxes until none overlap. */
    public static List<TextBox> merge(List<TextBox> boxes) {
        return BoxMerge.merge(boxes);
    }

    private List<Line> lines(List<Blob> blobs) {
        List<Blob> glyphs = new ArrayList<>();
        List<Blob> marks = new ArrayList<>();
        List<Blob> weak = new ArrayList<>();
        for (Blob b : blobs) {
            boolean tall = b.height() >= settings.minHeight() && b.height() <= settings.maxHeight()
                    && b.sharpness() >= MIN_SHARPNESS;
            boolean narrow = b.width() <= Math.min(3 * settings.maxHeight(), MAX_GLYPH_ASPECT * b.height());
            boolean solid = b.pixels() > MAX_FILL * b.width() * b.height() && 3 * b.width() > b.height();
            if (tall && narrow && !solid) {
                boolean thin = b.strokeWidth() <= Math.max(MAX_STROKE, MAX_STROKE_PER_HEIGHT * b.height());
                boolean letter = b.width() <= START_ASPECT * b.height();
                (b.ink() >= MIN_INK && thin && letter ? glyphs : weak).add(b);
            } else if (b.height() < settings.minHeight() && b.width() < 2 * settings.minHeight()) {
                marks.add(b);
            }
        }
        glyphs.sort(Comparator.comparingInt(Blob::x0));
        List<Line> lines = new ArrayList<>();
        for (Blob b : glyphs) {
            Line best = null;
            for (Line l : lines) {
                if (l.accepts(b, settings.gap()) && (best == null || l.x1 > best.x1)) {
                    best = l;
                }
            }
            if (best == null) {
                lines.add(new Line(b));
            } else {
                best.add(b, true);
            }
        }
        joinWeak(lines, weak);
        for (Blob m : marks) {
            for (Line l : lines) {
                if (l.touches(m)) {
                    l.add(m, false);
                    break;
                }
            }
        }
        return lines;
    }

    /** One polarity's response and the luminance, for following a line's ink beyond its glyphs. */
    private record Strokes(int[] response, int[] luminance, int w, int h) {
        boolean ink(int x, int y, int extreme, int minResponse) {
            int p = y * w + x;
            return response[p] >= minResponse && Math.abs(luminance[p] - extreme) <= Components.INK_TOLERANCE;
        }
    }

    /**
     * Follows a line's ink to the left and right: pixels in the line's band drawn in its value and standing out a
     * little (letters whose contrast is too low to make glyphs, or that merged with the background) extend it, one
     * gap at a time. Fail closed: text next to text is removed with it.
     */
    private void extend(Line l, Strokes s) {
        int reach = (int) Math.ceil(settings.gap() * l.glyphHeight);
        int minResponse = settings.contrast() / 2;
        int limit = EXTEND_HEIGHTS * l.glyphHeight;
        int right = l.x1;
        for (int x = l.x1; x < Math.min(s.w(), l.x1 + limit) && x < right + reach; x++) {
            if (columnHasInk(s, x, l, minResponse)) {
                right = x + 1;
            }
        }
        int left = l.x0;
        for (int x = l.x0 - 1; x >= Math.max(0, l.x0 - limit) && x >= left - reach; x--) {
            if (columnHasInk(s, x, l, minResponse)) {
                left = x;
            }
        }
        l.x0 = left;
        l.x1 = right;
    }

    private static boolean columnHasInk(Strokes s, int x, Line l, int minResponse) {
        for (int y = Math.max(0, l.glyphTop); y < Math.min(s.h(), l.glyphBottom); y++) {
            if (s.ink(x, y, l.extreme, minResponse)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Glyph-like components not drawn in one value (letters touching speckle or colour flow) start no line, but join
     * a line they continue, until none joins: text next to text is removed with it.
     */
    private void joinWeak(List<Line> lines, List<Blob> weak) {
        boolean grew = !lines.isEmpty();
        while (grew && !weak.isEmpty()) {
            grew = false;
            for (java.util.Iterator<Blob> it = weak.iterator(); it.hasNext(); ) {
                Blob b = it.next();
                for (Line l : lines) {
                    if (l.continuedBy(b) && l.accepts(b, settings.gap())) {
                        l.add(b, true);
                        l.weak++;
                        it.remove();
                        grew = true;
                        break;
                    }
                }
            }
        }
    }

    /** A growing line of glyphs. */
    private static final class Line {
        int x0;
        int y0;
        int x1;
        int y1;
        int glyphs;
        /** Glyphs not drawn in one value that continue the line (letters touching speckle, or speckle). */
        int weak;
        int glyphHeight;
        int glyphTop;
        int glyphBottom;
        int extreme;
        double maxResponse;
        double sharpness;
        double inkSum;
        int minGlyphHeight;
        double maxStroke;

        Line(Blob b) {
            x0 = b.x0();
            y0 = b.y0();
            x1 = b.x1();
            y1 = b.y1();
            glyphTop = y0;
            glyphBottom = y1;
            glyphs = 1;
            glyphHeight = b.height();
            extreme = b.extreme();
            maxResponse = b.meanResponse();
            sharpness = b.sharpness();
            inkSum = b.ink();
            minGlyphHeight = b.height();
            maxStroke = b.strokeWidth();
        }

        double ink() {
            return inkSum / glyphs;
        }

        int height() {
            return y1 - y0;
        }

        boolean accepts(Blob b, double gapFactor) {
            int h = Math.max(glyphHeight, b.height());
            int gap = Math.max(b.x0() - x1, x0 - b.x1());
            if (gap > gapFactor * h) {
                return false;
            }
            double ratio = (double) Math.max(glyphHeight, b.height()) / Math.min(minGlyphHeight, b.height());
            int overlap = Math.min(glyphBottom, b.y1()) - Math.max(glyphTop, b.y0());
            int band = Math.max(glyphBottom, b.y1()) - Math.min(glyphTop, b.y0());
            if (band > 1.6 * h) {
                return false;
            }
            return ratio <= MAX_HEIGHT_RATIO && overlap >= 0.5 * Math.min(glyphHeight, b.height())
                    && Math.abs(b.extreme() - extreme) <= Components.FLAT_TOLERANCE;
        }

        /** A weak glyph continues a line when it fits in the line's band (it may not make the line taller). */
        boolean continuedBy(Blob b) {
            int slack = Math.max(2, glyphHeight / 4);
            return b.y0() >= glyphTop - slack && b.y1() <= glyphBottom + slack;
        }

        boolean touches(Blob m) {
            int cx = (m.x0() + m.x1()) / 2;
            int cy = (m.y0() + m.y1()) / 2;
            int h = glyphHeight;
            return m.height() < h && cx >= x0 - h / 2 && cx < x1 + h / 2 && cy >= glyphTop - h / 3
                    && cy < glyphBottom + h / 3;
        }

        void add(Blob b, boolean glyph) {
            x0 = Math.min(x0, b.x0());
            y0 = Math.min(y0, b.y0());
            x1 = Math.max(x1, b.x1());
            y1 = Math.max(y1, b.y1());
            if (glyph) {
                glyphs++;
                glyphHeight = Math.max(glyphHeight, b.height());
                glyphTop = Math.min(glyphTop, b.y0());
                glyphBottom = Math.max(glyphBottom, b.y1());
                maxResponse = Math.max(maxResponse, b.meanResponse());
                sharpness = Math.max(sharpness, b.sharpness());
                inkSum += b.ink();
                minGlyphHeight = Math.min(minGlyphHeight, b.height());
                maxStroke = Math.max(maxStroke, b.strokeWidth());
            }
        }
    }
}
