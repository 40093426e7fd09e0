package org.veil.broker.keys;

import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.Provider;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A logged-in PKCS#11 token: its SunPKCS11 provider and key store. Secret keys are stored as token objects whose
 * label is the alias.
 *
 * @param provider the configured SunPKCS11 provider
 * @param store    its key store, loaded with the PIN
 * @param config   the configuration file, for messages
 */
record TokenSession(Provider provider, KeyStore store, Path config) {
    private static final Logger LOG = LoggerFactory.getLogger(TokenSession.class);

    /** A fresh HMAC-SHA256 computed by the token under the key (a token key, or key bytes it imports). */
    Mac mac(Key key) {
        try {
            Mac mac = Mac.getInstance(Pkcs11Token.ALGORITHM, provider);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new KeystoreException("the PKCS#11 token of " + config + " cannot compute HMAC-SHA256 ("
                    + e.getClass().getSimpleName() + ")", e);
        }
    }

    /** The token's secret key with this label, or null. */
    Key key(String alias) {
        try {
            return store.getKey(alias, null);
        } catch (GeneralSecurityException e) {
            throw new KeystoreException("cannot read key " + alias + " from the PKCS#11 token of " + config + " ("
                    + e.getClass().getSimpleName() + ")", e);
        }
    }

    /** Stores a secret key as a token object labelled with the alias. */
    void store(String alias, SecretKey key) {
        try {
            store.setEntry(alias, new KeyStore.SecretKeyEntry(key), null);
        } catch (GeneralSecurityException e) {
            throw new KeystoreException("cannot store key " + alias + " in the PKCS#11 token of " + config + " ("
                    + e.getClass().getSimpleName() + ")", e);
        }
    }

    /** The labels of the token's key objects. */
    List<String> aliases() {
        try {
            return new ArrayList<>(Collections.list(store.aliases()));
        } catch (GeneralSecurityException e) {
            throw new KeystoreException("cannot list the keys of the PKCS#11 token of " + config, e);
        }
    }

    void deleteQuietly(String alias) {
        try {
            if (store.containsAlias(alias)) {
                store.deleteEntry(alias);
            }
        } catch (GeneralSecurityException e) {
            LOG.warn("PKCS#11 token: could not remove key {} ({})", alias, e.getClass().getSimpleName());
        }
    }
}
