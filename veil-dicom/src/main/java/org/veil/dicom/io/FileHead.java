package org.veil.dicom.io;

/**
 * The first bytes of a file and its size, as a caller read them to look at the file before parsing it (a content
 * sniff): handed to {@link DicomReader#read(java.nio.channels.FileChannel, java.nio.file.Path, String,
 * org.veil.dicom.ReadLimits, FileHead)} so that the parse starts from them instead of reading them again.
 *
 * @param bytes  buffer holding the first {@code length} bytes of the file (kept, not copied: do not change it after)
 * @param length how many bytes of {@code bytes} are valid ({@code < bytes.length} only when the file is that short)
 * @param size   the file's size when it was opened
 */
public record FileHead(byte[] bytes, int length, long size) {
    /** How many bytes a caller should read for the head: what the reader would read first anyway. */
    public static final int PREFERRED = ByteInput.BUFFER;

    public FileHead {
        if (length < 0 || length > bytes.length || length > size) {
            throw new IllegalArgumentException("head of " + length + " bytes in a buffer of " + bytes.length
                    + " for a file of " + size + " bytes");
        }
    }
}
