package org.veil.pixel.codec.jpeg;

/**
 * One component's samples, row-major, unsigned values of up to 16 bits held in {@code short}s (read them with
 * {@link #get(int, int)} or {@code & 0xFFFF}).
 *
 * @param width   samples per line
 * @param height  lines
 * @param samples width * height samples
 */
public record Plane(int width, int height, short[] samples) {

    public Plane {
        if (width < 0 || height < 0 || samples.length != (long) width * height) {
            throw new IllegalArgumentException("plane " + width + " x " + height + " needs " + (long) width * height
                    + " samples, got " + samples.length);
        }
    }

    /** A zero-filled plane. */
    public static Plane blank(int width, int height) {
        return new Plane(width, height, new short[Math.multiplyExact(width, height)]);
    }

    /** The sample at column x, line y (0..65535). */
    public int get(int x, int y) {
        return samples[y * width + x] & 0xFFFF;
    }
}
