package org.veil.broker.cms;

/** Encrypted Attributes could not be produced or opened. The message never holds plaintext or key material. */
public final class EncryptedAttributesException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public EncryptedAttributesException(String message) {
        super(message);
    }

    public EncryptedAttributesException(String message, Throwable cause) {
        super(message, cause);
    }
}
