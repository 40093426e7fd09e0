package org.veil.dicom.charset;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.function.IntFunction;

/**
 * The characters of one graphic character set by position, and the positions by character. A position is a dense
 * index: {@code byte - 0xA0} for a single-byte set invoked in GR, {@code (row - 0x21) * 94 + (cell - 0x21)} for a
 * double-byte set. Built once from a JDK charset, immutable afterwards, safe to share between threads.
 */
final class CodeTable {
    private static final int PAGE = 256;

    private final char[] chars;
    private final char[][] positions = new char[PAGE][];

    private CodeTable(char[] chars) {
        this.chars = chars;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c == 0) {
                continue;
            }
            char[] page = positions[c >>> 8];
            if (page == null) {
                page = new char[PAGE];
                positions[c >>> 8] = page;
            }
            if (page[c & 0xFF] == 0) {
                page[c & 0xFF] = (char) (i + 1);
            }
        }
    }

    /**
     * Decodes every position with the JDK charset; positions that the charset reports as unmappable or malformed,
     * or that decode to more than one character, stay unassigned.
     *
     * @param size    number of positions
     * @param bytesOf the bytes the JDK charset expects for a position
     */
    static CodeTable build(int size, IntFunction<byte[]> bytesOf, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        char[] chars = new char[size];
        for (int i = 0; i < size; i++) {
            try {
                CharBuffer decoded = decoder.reset().decode(ByteBuffer.wrap(bytesOf.apply(i)));
                if (decoded.remaining() == 1 && decoded.get(0) != '\uFFFD') {
                    chars[i] = decoded.get(0);
                }
            } catch (CharacterCodingException unassigned) {
                chars[i] = 0;
            }
        }
        return new CodeTable(chars);
    }

    /** The character at a position, or -1 when the position is unassigned or out of range. */
    int charAt(int position) {
        if (position < 0 || position >= chars.length) {
            return -1;
        }
        char c = chars[position];
        return c == 0 ? -1 : c;
    }

    /** The first position of a character, or -1 when the set does not hold it. */
    int positionOf(char c) {
        char[] page = positions[c >>> 8];
        return page == null ? -1 : page[c & 0xFF] - 1;
    }

    /** Every character of the set, in position order (for tests and diagnostics). */
    String repertoire() {
        StringBuilder sb = new StringBuilder();
        for (char c : chars) {
            if (c != 0) {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
