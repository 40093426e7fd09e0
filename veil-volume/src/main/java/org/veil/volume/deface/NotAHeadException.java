package org.veil.volume.deface;

import org.veil.volume.VolumeException;

/** The volume was read, but no head (brain) was found in it; the message says what was found instead. */
public final class NotAHeadException extends VolumeException {
    public NotAHeadException(String message) {
        super(message);
    }
}
