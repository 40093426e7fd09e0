package org.veil.volume;

/** A series cannot be made into a volume, or a volume cannot be processed; the message is a sentence. */
public class VolumeException extends Exception {
    public VolumeException(String message) {
        super(message);
    }

    public VolumeException(String message, Throwable cause) {
        super(message, cause);
    }
}
