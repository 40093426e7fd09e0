package org.veil.pipeline.folder;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.veil.deid.pseudo.KeyPurpose;
import org.veil.deid.pseudo.ProjectKey;

/**
 * Keyed ids of input paths: the first 128 bits of HMAC-SHA256(k, relative path in UTF-8 with {@code /} separators),
 * where k = HMAC(text subkey, {@code "veil/v1/input-id"}). Input paths often hold names or IDs; the journal, the
 * change report and logs name an input only by this id, which the key holder can recompute for a known path and
 * nobody else can invert. Thread-safe.
 */
public final class InputIds {
    private static final String ALGORITHM = "HmacSHA256";
    private static final byte[] LABEL = "veil/v1/input-id".getBytes(StandardCharsets.US_ASCII);

    private final Mac prototype;
    private final ThreadLocal<Mac> perThread = ThreadLocal.withInitial(this::copy);

    /** Ids under this project key. */
    public InputIds(ProjectKey key) {
        byte[] k = key.subkeys().hmac(KeyPurpose.TEXT, LABEL);
        try {
            prototype = Mac.getInstance(ALGORITHM);
            prototype.init(new SecretKeySpec(k, ALGORITHM));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("the JDK has no usable " + ALGORITHM, e);
        } finally {
            Arrays.fill(k, (byte) 0);
        }
    }

    /** The id of a relative input path. */
    Id128 of(String relativePath) {
        return idOf(relativePath);
    }

    /** The id of a relative input path ({@code /} separators), as the journal, logs and the quarantine name it. */
    public String textOf(String relativePath) {
        return idOf(relativePath).toString();
    }

    private Id128 idOf(String relativePath) {
        return Id128.of(mac().doFinal(relativePath.getBytes(StandardCharsets.UTF_8)));
    }

    /** The id of the input folder itself (its absolute real path), recorded in the journal header. */
    Id128 ofFolder(String absolutePath) {
        return of("\u0000folder\u0000" + absolutePath);
    }

    /** This thread's copy of the keyed MAC (copied once per thread, not per input; doFinal resets it). */
    private Mac mac() {
        return perThread.get();
    }

    private Mac copy() {
        try {
            return (Mac) prototype.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the JDK's " + ALGORITHM + " cannot be cloned", e);
        }
    }
}
