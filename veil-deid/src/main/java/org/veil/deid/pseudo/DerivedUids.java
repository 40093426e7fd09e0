package org.veil.deid.pseudo;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.crypto.Mac;

/**
 * Instance UIDs that Veil makes up where an input gives none to map: {@code 2.25.} and the decimal of 128 bits of
 * HMAC-SHA256 under the {@link KeyPurpose#DERIVED_UID} subkey, so the same input and key give the same UID on any
 * machine and nothing about the input can be read from it.
 * <ul>
 *   <li>{@link #ofContent}: for an instance without SOP Instance UID, from its bytes (two different files get two
 *       names, the same file one).</li>
 *   <li>{@link #ofCopy}: for a later copy of an instance whose output UID is already taken in the delivery, from the
 *       taken UID and the copy's input id.</li>
 * </ul>
 * Each derivation is domain-separated by a label, so the two never coincide.
 */
public final class DerivedUids {
    private static final byte[] CONTENT = "content\u0000".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] COPY = "copy\u0000".getBytes(StandardCharsets.US_ASCII);
    private static final int BUFFER = 64 * 1024;

    private DerivedUids() {
    }

    /** The UID of an instance from its complete content (read to the end, not closed). */
    public static String ofContent(Subkeys keys, InputStream content) throws IOException {
        Mac mac = keys.macFor(KeyPurpose.DERIVED_UID);
        mac.update(CONTENT);
        byte[] buf = new byte[BUFFER];
        for (int n = content.read(buf); n >= 0; n = content.read(buf)) {
            mac.update(buf, 0, n);
        }
        return uid(mac.doFinal());
    }

    /** The UID of a later copy of the instance whose output UID is {@code takenUid}, told apart by its input id. */
    public static String ofCopy(Subkeys keys, String takenUid, String inputId) {
        Mac mac = keys.macFor(KeyPurpose.DERIVED_UID);
        mac.update(COPY);
        mac.update(FieldEncoding.encode(takenUid, inputId));
        return uid(mac.doFinal());
    }

    private static String uid(byte[] mac) {
        return "2.25." + new BigInteger(1, Arrays.copyOf(mac, 16));
    }
}
