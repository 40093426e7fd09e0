package org.veil.broker.keys;

/** The keystore or its password could not be used. The message names the file and the problem, never a secret. */
public final class KeystoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public KeystoreException(String message) {
        super(message);
    }

    public KeystoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
