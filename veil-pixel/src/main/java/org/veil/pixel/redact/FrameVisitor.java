package org.veil.pixel.redact;

import java.io.IOException;
import org.veil.pixel.frame.Frame;

/** Looks at one decoded frame (read only). */
@FunctionalInterface
public interface FrameVisitor {
    void visit(Frame frame, int index) throws IOException;
}
