package org.veil.broker.keys;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.Provider;
import java.security.ProviderException;
import java.security.Security;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.security.auth.login.LoginException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A logged-in PKCS#11 token: its SunPKCS11 provider and key store. Secret keys are stored as token objects whose
 * label is the alias. The provider is configured from the user's file plus attributes lines making every secret
 * key, and every EC private key the token generates, sensitive and not extractable (generated private keys are token
 * objects from the start).
 *
 * @param provider the configured SunPKCS11 provider
 * @param store    its key store, loaded with the PIN
 * @param config   the configuration file, for messages
 */
record TokenSession(Provider provider, KeyStore store, Path config) {
    private static final Logger LOG = LoggerFactory.getLogger(TokenSession.class);
    private static final String NOT_EXTRACTABLE = "\nattributes(*, CKO_SECRET_KEY, *) = {\n  CKA_SENSITIVE = true\n"
            + "  CKA_EXTRACTABLE = false\n}\nattributes(generate, CKO_PRIVATE_KEY, CKK_EC) = {\n  CKA_TOKEN = true\n"
            + "  CKA_PRIVATE = true\n  CKA_SENSITIVE = true\n  CKA_EXTRACTABLE = false\n}\n";

    /**
     * Loads the provider for a configuration file and logs in to its token.
     *
     * @throws KeystoreException when the file is missing, the library or token unusable, or the PIN wrong
     */
    static TokenSession open(Path config, PasswordSource pins) {
        Provider provider = provider(config);
        char[] pin = pins.password(PasswordUse.OPEN);
        try {
            KeyStore store = KeyStore.getInstance("PKCS11", provider);
            store.load(null, pin);
            return new TokenSession(provider, store, config);
        } catch (IOException e) {
            if (hasCause(e, LoginException.class)) {
                throw new KeystoreException("wrong PIN for the PKCS#11 token of " + config + " (PIN from "
                        + pins.description() + "); the token may lock after a few wrong PINs");
            }
            throw failure(config, "cannot log in to the PKCS#11 token", e);
        } catch (GeneralSecurityException | ProviderException e) {
            throw failure(config, "cannot open the PKCS#11 token", e);
        } finally {
            Arrays.fill(pin, '\0');
        }
    }

    private static Provider provider(Path config) {
        String text;
        try {
            text = Files.readString(config, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new KeystoreException(config + ": no PKCS#11 configuration there");
        } catch (IOException e) {
            throw new KeystoreException("cannot read the PKCS#11 configuration " + config + ": "
                    + e.getClass().getSimpleName());
        }
        Provider base = Security.getProvider("SunPKCS11");
        if (base == null) {
            throw new KeystoreException("this Java runtime has no SunPKCS11 provider (module jdk.crypto.cryptoki)");
        }
        try {
            return base.configure("--" + text + NOT_EXTRACTABLE);
        } catch (ProviderException | IllegalArgumentException | UnsupportedOperationException e) {
            throw failure(config, "cannot load the PKCS#11 library or token named in " + config, e);
        }
    }

    static KeystoreException failure(Path config, String what, Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String detail = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return new KeystoreException(what + " (" + config + "): " + detail, e);
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

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
