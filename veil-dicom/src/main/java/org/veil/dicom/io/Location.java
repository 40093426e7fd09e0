package org.veil.dicom.io;

import org.veil.dicom.TagPath;

/**
 * Where an event was read: the source (file name), the byte offset of its header and its tag path.
 * For deflated data sets the offset counts inflated bytes after the file meta.
 */
public record Location(String source, long offset, TagPath path) {
    @Override
    public String toString() {
        String p = path.toString();
        return source + " @0x" + Long.toHexString(offset).toUpperCase() + (p.isEmpty() ? "" : " " + p);
    }
}
