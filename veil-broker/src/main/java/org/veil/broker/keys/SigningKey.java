package org.veil.broker.keys;

import java.security.PrivateKey;
import java.security.Provider;
import java.security.cert.X509Certificate;

/**
 * A delivery signing key: a private key and its self-signed certificate, and the provider that signs with the key
 * (null for the JDK's default providers; a SunPKCS11 provider when the key lives in a token and never leaves it).
 */
public interface SigningKey {
    /** The private key, or for a token key a handle to it. */
    PrivateKey key();

    /** The signer's certificate, handed to recipients. */
    X509Certificate certificate();

    /** The provider that must compute signatures with {@link #key()}, or null for the default ones. */
    default Provider provider() {
        return null;
    }
}
