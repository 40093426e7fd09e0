package org.veil.deid.pseudo;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The unambiguous byte encoding of a tuple of strings that goes into an HMAC: the field count, then for each field
 * its UTF-8 length and bytes, lengths as 4-byte big-endian integers. So ("AB", "C") and ("A", "BC") differ.
 */
final class FieldEncoding {
    private FieldEncoding() {
    }

    static byte[] encode(String... fields) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64);
        writeInt(out, fields.length);
        for (String field : fields) {
            byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
            writeInt(out, bytes.length);
            out.write(bytes, 0, bytes.length);
        }
        return out.toByteArray();
    }

    private static void writeInt(ByteArrayOutputStream out, int value) {
        out.write(value >>> 24);
        out.write(value >>> 16);
        out.write(value >>> 8);
        out.write(value);
    }
}
