package org.veil.dicom.json;

/** How binary values (OB, OD, OF, OL, OV, OW, UN and pixel data) appear in the DICOM JSON Model, PS3.18 F.2.7. */
public enum BulkDataMode {
    /** Every binary value as "InlineBinary": base64 of its little endian bytes. */
    INLINE,
    /**
     * Values the reader left in the file (longer than {@code ReadLimits.bulkDataThreshold}) and encapsulated pixel data
     * whose extent in the file is known as "BulkDataURI" naming file, offset and length (see {@link BulkDataUri});
     * values held in memory (short ones, and all values of a deflated file) stay inline.
     */
    URI
}
