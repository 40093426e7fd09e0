package org.veil.pixel.redact;

import org.veil.pixel.frame.Frame;

/**
 * Changes one decoded frame in place; answers whether anything changed. Used by {@link PixelRedactor#edit} (and, to
 * read frames without changing them, by {@link PixelRedactor#read}).
 */
@FunctionalInterface
public interface FrameEdit {
    /**
     * @param frame the decoded frame (raw cells of Bits Allocated bits)
     * @param index the 0-based frame number
     */
    boolean apply(Frame frame, int index) throws java.io.IOException;
}
