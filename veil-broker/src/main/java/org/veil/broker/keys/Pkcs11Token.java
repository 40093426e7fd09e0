package org.veil.broker.keys;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.ProviderException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.veil.broker.audit.AuditMessageWriter;
import org.veil.broker.audit.AuditMessages;
import org.veil.deid.pseudo.KeyPurpose;
import org.veil.deid.pseudo.ProjectKey;
import org.veil.deid.pseudo.Subkeys;

/**
 * The project key inside a PKCS#11 token, reached through the JDK's SunPKCS11 provider configured by a file in its
 * format. The token holds HKDF's PRK as {@code veil-key-<fingerprint>} and one HMAC subkey per purpose as
 * {@code veil-key-<fingerprint>-<label>}, all sensitive and not extractable; every pseudonym MAC is computed by the
 * token. Subkeys are HMAC(PRK, info | 1) computed by the token; their bytes pass through this JVM's memory once, when
 * they are written to the token ({@code keys init} or {@code keys import-to-token}), because SunPKCS11 offers no HKDF
 * key derivation.
 */
public final class Pkcs11Token {
    static final String ALGORITHM = "HmacSHA256";
    private static final String PREFIX = "veil-key-";
    private static final Pattern PRK_ALIAS = Pattern.compile(PREFIX + "([0-9a-f]{16})");
    private static final Logger LOG = LoggerFactory.getLogger(Pkcs11Token.class);

    private final Path config;

    public Pkcs11Token(Path config) {
        this.config = config;
    }

    public Path config() {
        return config;
    }

    /**
     * Generates a new project key inside the token (CKM_GENERIC_SECRET_KEY_GEN, 256 bits).
     *
     * @throws KeystoreException when the token cannot be used, the PIN is wrong or the token already holds a key
     */
    public ProjectKey create(PasswordSource pins) {
        TokenSession s = TokenSession.open(config, pins);
        refuseSecondKey(s);
        try {
            KeyGenerator generator = KeyGenerator.getInstance(ALGORITHM, s.provider());
            generator.init(256);
            SecretKey prk = generator.generateKey();
            String fingerprint = ProjectKey.fingerprintOf(s.mac(prk));
            write(s, fingerprint, prk, prk);
            LOG.info("PKCS#11 token: generated key {}", fingerprint);
            audit(fingerprint, "PKCS#11 token (generated there)");
            return load(s, fingerprint);
        } catch (GeneralSecurityException | ProviderException e) {
            throw TokenSession.failure(config, "cannot generate a key in the token", e);
        }
    }

    /**
     * Writes a file key into the token (its PRK and subkeys) so that it gives the same pseudonyms and the same
     * fingerprint; checks one MAC per purpose against the file key before returning.
     */
    public ProjectKey importKey(PasswordSource pins, ProjectKey fileKey) {
        TokenSession s = TokenSession.open(config, pins);
        refuseSecondKey(s);
        byte[] secret = fileKey.secretBytes();
        byte[] prk = Subkeys.prk(secret);
        try {
            // two key objects: SunPKCS11 caches the session object it made for a SecretKeySpec given to a Mac, and
            // storing that same SecretKeySpec would keep the session object instead of writing a token object
            write(s, fileKey.fingerprint(), new SecretKeySpec(prk, ALGORITHM), new SecretKeySpec(prk, ALGORITHM));
            ProjectKey token = load(s, fileKey.fingerprint());
            checkSame(s, fileKey, token);
            LOG.info("PKCS#11 token: imported key {}", fileKey.fingerprint());
            audit(fileKey.fingerprint(), "PKCS#11 token (imported from a keystore)");
            return token;
        } finally {
            Arrays.fill(secret, (byte) 0);
            Arrays.fill(prk, (byte) 0);
        }
    }

    /** Records the new key in the token as a DICOM Audit Message beside the configuration file. */
    private void audit(String fingerprint, String storage) {
        AuditMessageWriter.besideKeystore(config).write(AuditMessages.keyCreated(fingerprint, storage,
                Instant.now()));
    }

    /** The token's project key: an external key whose MACs the token computes. */
    public ProjectKey load(PasswordSource pins) {
        TokenSession s = TokenSession.open(config, pins);
        ProjectKey key = load(s, onlyFingerprint(s));
        LOG.info("PKCS#11 token: loaded key {}", key.fingerprint());
        return key;
    }

    private String onlyFingerprint(TokenSession s) {
        List<String> fingerprints = fingerprints(s);
        if (fingerprints.isEmpty()) {
            throw new KeystoreException("the PKCS#11 token of " + config + " holds no Veil key; create one with "
                    + "`veil keys init --pkcs11` or import one with `veil keys import-to-token`");
        }
        if (fingerprints.size() > 1) {
            throw new KeystoreException("the PKCS#11 token of " + config + " holds " + fingerprints.size()
                    + " Veil keys (" + String.join(", ", fingerprints) + "); keep one key per token");
        }
        return fingerprints.get(0);
    }

    /**
     * The delivery signing key of the token's project key: an ECDSA key pair generated inside the token on first use
     * (the private key sensitive and not extractable), with its self-signed certificate; the token signs.
     *
     * @throws KeystoreException when the token cannot be used, the PIN is wrong or the token holds no Veil key
     */
    public TokenSigningKey signingKey(PasswordSource pins) {
        TokenSession s = TokenSession.open(config, pins);
        String fingerprint = onlyFingerprint(s);
        TokenSigningKey key = TokenSigningKey.loadOrCreate(s, fingerprint, "Veil project " + fingerprint);
        LOG.info("PKCS#11 token: delivery signing key of key {}", fingerprint);
        return key;
    }

    private ProjectKey load(TokenSession s, String fingerprint) {
        Map<KeyPurpose, Key> keys = new EnumMap<>(KeyPurpose.class);
        for (KeyPurpose purpose : KeyPurpose.values()) {
            Key key = s.key(alias(fingerprint, purpose));
            if (key == null) {
                throw new KeystoreException("the PKCS#11 token of " + config + " lacks the '" + purpose.label()
                        + "' subkey of key " + fingerprint + "; import the key again into an empty token");
            }
            keys.put(purpose, key);
        }
        return ProjectKey.external(fingerprint, Subkeys.external(purpose -> s.mac(keys.get(purpose))));
    }

    private void write(TokenSession s, String fingerprint, SecretKey prk, SecretKey prkToStore) {
        List<String> written = new ArrayList<>();
        try {
            for (KeyPurpose purpose : KeyPurpose.values()) {
                byte[] subkey = s.mac(prk).doFinal(Subkeys.expandMessage(purpose));
                try {
                    s.store(alias(fingerprint, purpose), new SecretKeySpec(subkey, ALGORITHM));
                } finally {
                    Arrays.fill(subkey, (byte) 0);
                }
                written.add(alias(fingerprint, purpose));
            }
            s.store(PREFIX + fingerprint, prkToStore);
        } catch (KeystoreException | ProviderException e) {
            written.forEach(s::deleteQuietly);
            throw e;
        }
    }

    private void checkSame(TokenSession s, ProjectKey fileKey, ProjectKey token) {
        byte[] probe = "veil import check".getBytes(StandardCharsets.US_ASCII);
        for (KeyPurpose purpose : KeyPurpose.values()) {
            if (!Arrays.equals(fileKey.subkeys().hmac(purpose, probe), token.subkeys().hmac(purpose, probe))) {
                fingerprints(s).forEach(fp -> removeAll(s, fp));
                throw new KeystoreException("the PKCS#11 token computed a different '" + purpose.label()
                        + "' MAC than the file key; the import was undone");
            }
        }
    }

    private void removeAll(TokenSession s, String fingerprint) {
        for (KeyPurpose purpose : KeyPurpose.values()) {
            s.deleteQuietly(alias(fingerprint, purpose));
        }
        s.deleteQuietly(PREFIX + fingerprint);
    }

    private void refuseSecondKey(TokenSession s) {
        List<String> fingerprints = fingerprints(s);
        if (!fingerprints.isEmpty()) {
            throw new KeystoreException("the PKCS#11 token of " + config + " already holds Veil key "
                    + fingerprints.get(0) + "; refusing to add a second key");
        }
    }

    private List<String> fingerprints(TokenSession s) {
        List<String> out = new ArrayList<>();
        for (String alias : s.aliases()) {
            Matcher m = PRK_ALIAS.matcher(alias);
            if (m.matches()) {
                out.add(m.group(1));
            }
        }
        return out;
    }

    private static String alias(String fingerprint, KeyPurpose purpose) {
        return PREFIX + fingerprint + "-" + purpose.label();
    }

}
