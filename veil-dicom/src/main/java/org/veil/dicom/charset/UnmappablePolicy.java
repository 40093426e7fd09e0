package org.veil.dicom.charset;

/** What {@link SpecificCharacterSet#encode(String, org.veil.dicom.VR, UnmappablePolicy)} does with a character
 * that no character set of the Specific Character Set can encode. Characters are never dropped silently. */
public enum UnmappablePolicy {
    /** Throw {@link UnencodableCharacterException} naming the character, its index and the character set. */
    REJECT,
    /**
     * Write one "?" (03/15) per unencodable code point, as the JDK encoders do. The caller accepts that the value
     * changes; use {@link SpecificCharacterSet#canEncode(String)} first to know whether it would.
     */
    REPLACE
}
