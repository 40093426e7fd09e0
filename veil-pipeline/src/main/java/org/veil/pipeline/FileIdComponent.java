package org.veil.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * An 8-character DICOM File ID component (PS3.10 8.2: upper case letters, digits; at most 8 characters) for a value
 * of an output name: the first 40 bits of SHA-256 of the value in Base32 (A-Z, 2-7). The values named are already
 * pseudonymous (pseudonyms, remapped UIDs), so no key is needed; two different values share a component with
 * probability 2^-40 within one folder.
 */
final class FileIdComponent {
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private FileIdComponent() {
    }

    static String of(String value) {
        byte[] d;
        try {
            d = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
        long bits = 0;
        for (int i = 0; i < 5; i++) {
            bits = (bits << 8) | (d[i] & 0xFF);
        }
        StringBuilder sb = new StringBuilder(8);
        for (int i = 7; i >= 0; i--) {
            sb.append(ALPHABET.charAt((int) (bits >>> (5 * i)) & 31));
        }
        return sb.toString();
    }
}
