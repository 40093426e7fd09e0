package org.veil.pixel.text;

import org.veil.pixel.frame.Rect;

/**
 * What stays the same across the frames of a cine: per pixel the lowest and highest luminance over all frames. A
 * pixel whose range is at most {@link #STATIC_TOLERANCE} is static (a burned-in overlay, the background around the
 * fan); the others change (speckle, colour flow, timers and frame counters). {@link #image()} shows static pixels as
 * they are and changing ones at the middle of their range, so that a static overlay is found once on it; per-frame
 * search is needed only in {@link #changingArea()}. Not thread-safe while frames are added.
 */
public final class TemporalSummary {
    /** Luminance steps (of 255) a static pixel may move between frames (rounding of the per-frame stretch). */
    public static final int STATIC_TOLERANCE = 2;

    /** Tile side for finding where changing text may be. */
    private static final int TILE = 16;
    /** Share of a tile's changing pixels at their extreme that may be text. */
    private static final double TILE_INK = 0.5;
    /** Fewest such pixels (a small glyph's strokes). */
    private static final int MIN_TILE_PIXELS = 8;

    private final int width;
    private final int height;
    private final byte[] min;
    private final byte[] max;
    private int frames;
    private ChangingTiles tiles;

    public TemporalSummary(int width, int height) {
        this.width = width;
        this.height = height;
        this.min = new byte[width * height];
        this.max = new byte[width * height];
    }

    /** Adds one frame's luminance (of this summary's size). */
    public void add(GrayImage g) {
        if (g.width() != width || g.height() != height) {
            throw new IllegalArgumentException("frame " + g.width() + "x" + g.height() + " in a " + width + "x"
                    + height + " summary");
        }
        byte[] p = g.pixels();
        tiles = null;
        if (frames++ == 0) {
            System.arraycopy(p, 0, min, 0, p.length);
            System.arraycopy(p, 0, max, 0, p.length);
            return;
        }
        for (int i = 0; i < p.length; i++) {
            int v = p[i] & 0xFF;
            if (v < (min[i] & 0xFF)) {
                min[i] = p[i];
            }
            if (v > (max[i] & 0xFF)) {
                max[i] = p[i];
            }
        }
    }

    public int frames() {
        return frames;
    }

    /** True when pixel (x, y) keeps its value in every frame. */
    public boolean isStatic(int x, int y) {
        int i = y * width + x;
        return (max[i] & 0xFF) - (min[i] & 0xFF) <= STATIC_TOLERANCE;
    }

    /** Static pixels as they are, changing pixels at the middle of their range. */
    public GrayImage image() {
        byte[] out = new byte[min.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) (((min[i] & 0xFF) + (max[i] & 0xFF) + 1) / 2);
        }
        return new GrayImage(width, height, out);
    }

    /**
     * One frame as the per-frame search sees it: static pixels and changing pixels at their extreme over the cine
     * (where changing text is drawn: a timer's strokes reach its ink value in every frame they cover) keep their
     * value, every other changing pixel takes the middle of its range. Speckle reaches its extreme in a few
     * scattered pixels per frame, which form no glyphs.
     */
    public GrayImage changingText(GrayImage g) {
        byte[] p = g.pixels();
        byte[] out = new byte[p.length];
        for (int i = 0; i < p.length; i++) {
            int lo = min[i] & 0xFF;
            int hi = max[i] & 0xFF;
            int v = p[i] & 0xFF;
            boolean keep = hi - lo <= STATIC_TOLERANCE || v >= hi - STATIC_TOLERANCE || v <= lo + STATIC_TOLERANCE;
            out[i] = keep ? p[i] : (byte) ((lo + hi + 1) / 2);
        }
        return new GrayImage(width, height, out);
    }

    /**
     * Where changing text may be in this frame: the bounding box, grown by {@code margin}, of the tiles in which at
     * least {@link #TILE_INK} of the changing pixels are at their extreme in this frame (text strokes are dense,
     * speckle at its extreme is sparse); empty when there is none.
     */
    public Rect changingTextArea(GrayImage g, int margin) {
        if (tiles == null) {
            tiles = new ChangingTiles();
        }
        byte[] p = g.pixels();
        int x0 = width;
        int y0 = height;
        int x1 = -1;
        int y1 = -1;
        int t = 0;
        for (int ty = 0; ty < height; ty += TILE) {
            for (int tx = 0; tx < width; tx += TILE, t++) {
                int from = tiles.start[t];
                int changing = tiles.start[t + 1] - from;
                int extreme = 0;
                for (int k = from; k < from + changing; k++) {
                    int v = p[tiles.index[k]] & 0xFF;
                    extreme += v >= (tiles.high[k] & 0xFF) || v <= (tiles.low[k] & 0xFF) ? 1 : 0;
                }
                if (changing > 0 && extreme >= TILE_INK * changing && extreme >= MIN_TILE_PIXELS) {
                    x0 = Math.min(x0, tx);
                    y0 = Math.min(y0, ty);
                    x1 = Math.max(x1, Math.min(width, tx + TILE));
                    y1 = Math.max(y1, Math.min(height, ty + TILE));
                }
            }
        }
        if (x1 < 0) {
            return new Rect(0, 0, 0, 0);
        }
        return new Rect(x0 - margin, y0 - margin, x1 - x0 + 2 * margin, y1 - y0 + 2 * margin).clip(width, height);
    }

    /**
     * The changing pixels tile by tile (tiles in row order), each with the values at or beyond which it is at its
     * extreme in a frame: worked out once, when the first frame is searched for changing text.
     */
    private final class ChangingTiles {
        final int[] start;
        final int[] index;
        final byte[] low;
        final byte[] high;

        ChangingTiles() {
            int across = (width + TILE - 1) / TILE;
            int down = (height + TILE - 1) / TILE;
            start = new int[across * down + 1];
            int n = 0;
            for (int i = 0; i < min.length; i++) {
                n += (max[i] & 0xFF) - (min[i] & 0xFF) > STATIC_TOLERANCE ? 1 : 0;
            }
            index = new int[n];
            low = new byte[n];
            high = new byte[n];
            int k = 0;
            int t = 0;
            for (int ty = 0; ty < height; ty += TILE) {
                for (int tx = 0; tx < width; tx += TILE, t++) {
                    start[t] = k;
                    for (int y = ty; y < Math.min(height, ty + TILE); y++) {
                        for (int x = tx; x < Math.min(width, tx + TILE); x++) {
                            int i = y * width + x;
                            int lo = min[i] & 0xFF;
                            int hi = max[i] & 0xFF;
                            if (hi - lo > STATIC_TOLERANCE) {
                                index[k] = i;
                                low[k] = (byte) (lo + STATIC_TOLERANCE);
                                high[k] = (byte) (hi - STATIC_TOLERANCE);
                                k++;
                            }
                        }
                    }
                }
            }
            start[t] = k;
        }
    }

    /** The bounding box of the changing pixels grown by {@code margin} (clipped), or an empty rectangle. */
    public Rect changingArea(int margin) {
        int x0 = width;
        int y0 = height;
        int x1 = -1;
        int y1 = -1;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (!isStatic(x, y)) {
                    x0 = Math.min(x0, x);
                    x1 = Math.max(x1, x);
                    y0 = Math.min(y0, y);
                    y1 = Math.max(y1, y);
                }
            }
        }
        if (x1 < 0) {
            return new Rect(0, 0, 0, 0);
        }
        return new Rect(x0 - margin, y0 - margin, x1 - x0 + 1 + 2 * margin, y1 - y0 + 1 + 2 * margin)
                .clip(width, height);
    }
}
