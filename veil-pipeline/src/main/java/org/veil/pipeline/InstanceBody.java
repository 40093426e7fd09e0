package org.veil.pipeline;

import java.io.IOException;
import java.nio.channels.WritableByteChannel;

/** Writes one complete output instance (a Part 10 file) to a channel. A sink calls it at most once per store. */
@FunctionalInterface
public interface InstanceBody {
    void writeTo(WritableByteChannel out) throws IOException;
}
