package org.veil.pixel.redact;

import org.veil.pixel.frame.Frame;

/** Changes one decoded frame in place; answers whether anything changed. */
@FunctionalInterface
public interface FrameEdit {
    boolean apply(Frame frame, int index);
}
