package org.veil.dicom.json;

import org.veil.dicom.data.BulkData;

/**
 * The "BulkDataURI" of a value left in its file: the file's absolute {@code file:} URI with a fragment naming where
 * the value's bytes are, {@code file:///data/ct/1.dcm#offset=1234&length=524288}. {@code offset} counts bytes from
 * the start of the file; {@code length} is the number of value bytes. When the bytes are stored big endian in units
 * larger than a byte (OW, OF, ... of an explicit VR big endian file) {@code &byteorder=big} follows, since the JSON
 * model otherwise implies little endian. For encapsulated pixel data the range is the item stream (each fragment with
 * its item header, without the sequence delimiter), the same bytes that InlineBinary would hold.
 */
public final class BulkDataUri {
    private BulkDataUri() {
    }

    /** The URI of {@code length} bytes at the start of {@code bulk}. */
    public static String of(BulkData bulk, long length) {
        StringBuilder sb = new StringBuilder(bulk.file().toAbsolutePath().normalize().toUri().toString());
        sb.append("#offset=").append(bulk.offset()).append("&length=").append(length);
        if (bulk.bigEndian() && bulk.swapUnit() > 1) {
            sb.append("&byteorder=big");
        }
        return sb.toString();
    }

    /** The URI of the whole value. */
    public static String of(BulkData bulk) {
        return of(bulk, bulk.length());
    }
}
