package org.veil.broker.cms;

import java.security.Provider;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/** One private Bouncy Castle provider instance, never added to the global provider list. */
final class BouncyCastle {
    static final Provider PROVIDER = new BouncyCastleProvider();

    private BouncyCastle() {
    }
}
