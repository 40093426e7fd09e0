package org.veil.dicom.charset;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The variable length codes without code extension (PS3.5 Section 6.1.2.5.4 d): ISO_IR 192 (UTF-8), GB18030 and
 * GBK. There is no state to reset, so delimiters play no part; undecodable bytes become U+FFFD.
 *
 * @param charset       the JDK charset
 * @param asciiCompatible false for GB18030 and GBK, whose second bytes may be 0x40-0x7E (including 05/12)
 * @param name          the Specific Character Set value for messages
 */
record VariableLengthCodec(Charset charset, boolean asciiCompatible, String name) implements TextCodec {

    @Override
    public String decode(byte[] bytes, int offset, int length, Delimiters delimiters) {
        for (int i = offset; i < offset + length; i++) {
            if (bytes[i] < 0) {
                return new String(bytes, offset, length, charset);
            }
        }
        return new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
    }

    @Override
    public byte[] encode(String text, Delimiters delimiters, UnmappablePolicy policy) {
        if (charset.equals(StandardCharsets.UTF_8) && firstUnpairedSurrogate(text) < 0) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        CharsetEncoder encoder = charset.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer in = CharBuffer.wrap(text);
        ByteBuffer buffer = ByteBuffer.allocate(64);
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() * 2);
        CoderResult result;
        do {
            result = encoder.encode(in, buffer, true);
            drain(buffer, out);
            if (result.isError()) {
                int index = in.position();
                if (policy == UnmappablePolicy.REJECT) {
                    throw new UnencodableCharacterException(text.codePointAt(index), index, name);
                }
                out.write('?');
                in.position(index + result.length());
            }
        } while (!result.isUnderflow());
        while (encoder.flush(buffer).isOverflow()) {
            drain(buffer, out);
        }
        drain(buffer, out);
        return out.toByteArray();
    }

    private static void drain(ByteBuffer buffer, ByteArrayOutputStream out) {
        out.write(buffer.array(), 0, buffer.position());
        buffer.clear();
    }

    @Override
    public boolean canEncode(String text) {
        if (firstUnpairedSurrogate(text) >= 0) {
            return false;
        }
        return charset.equals(StandardCharsets.UTF_8) || charset.newEncoder().canEncode(text);
    }

    @Override
    public boolean isAsciiCompatible() {
        return asciiCompatible;
    }

    private static int firstUnpairedSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }
}
