package org.veil.pixel.redact;

import java.io.IOException;

/** Looks at one native frame's little endian bytes (read only), for work that needs no decoded planes. */
@FunctionalInterface
interface FrameBytesVisitor {
    /**
     * @param data   bytes holding the frame (reused from frame to frame: not to be kept)
     * @param offset where the frame starts in {@code data}
     * @param index  the 0-based frame number
     */
    void visit(byte[] data, int offset, int index) throws IOException;
}
