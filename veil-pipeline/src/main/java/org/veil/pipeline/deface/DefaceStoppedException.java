package org.veil.pipeline.deface;

import java.io.IOException;

/**
 * Thrown by {@link DefacePlanner#plan} under {@code unprocessable: stop} when a head-like series cannot be defaced:
 * the run must stop before it writes anything. The message is the series' reason, a sentence.
 */
public final class DefaceStoppedException extends IOException {
    private static final long serialVersionUID = 1L;

    public DefaceStoppedException(String reason) {
        super("defacing stopped the run (the recipe says unprocessable: stop): " + reason);
    }
}
