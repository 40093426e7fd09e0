package org.veil.dicom.charset;

/** Decodes and encodes text values under one interpretation of Specific Character Set. Implementations are
 * immutable and thread-safe. */
sealed interface TextCodec permits Iso2022Codec, VariableLengthCodec {

    /** Decodes a value; never throws for any byte content (undecodable bytes become U+FFFD). */
    String decode(byte[] bytes, int offset, int length, Delimiters delimiters);

    /** Encodes a value; unencodable characters are handled by the policy. */
    byte[] encode(String text, Delimiters delimiters, UnmappablePolicy policy);

    boolean canEncode(String text);

    /** True when every byte below 0x80, wherever it appears, is the ASCII character of that code. */
    boolean isAsciiCompatible();
}
