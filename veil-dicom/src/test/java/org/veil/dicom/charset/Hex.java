package org.veil.dicom.charset;

import java.util.HexFormat;

/** Byte literals for tests, written as in PS3.5 with spaces: {@code "1B 24 42"}. */
final class Hex {
    private Hex() {
    }

    static byte[] bytes(String spaced) {
        return HexFormat.of().parseHex(spaced.replace(" ", ""));
    }

    static String of(byte[] bytes) {
        return HexFormat.ofDelimiter(" ").withUpperCase().formatHex(bytes);
    }

    /** The text with every char outside printable ASCII as \\uXXXX, for readable assertion messages. */
    static String escaped(String text) {
        StringBuilder sb = new StringBuilder();
        for (char c : text.toCharArray()) {
            sb.append(c >= 0x20 && c < 0x7F ? String.valueOf(c) : String.format("\\u%04X", (int) c));
        }
        return sb.toString();
    }
}
