package org.veil.dicom.json;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import org.veil.dicom.ByteSwap;
import org.veil.dicom.data.BulkData;
import org.veil.dicom.data.Fragments;
import org.veil.dicom.dict.Tags;

/**
 * The bytes of a binary value in little endian order, fed in bounded chunks to a {@link Base64Output}: values in
 * memory, values left in the file (swapped when the file is big endian), and encapsulated pixel data as its item
 * stream (each fragment with its item header, no sequence delimiter).
 */
final class BinaryStream {
    private static final int CHUNK = 48 * 1024;
    private static final int ITEM_HEADER = 8;

    private BinaryStream() {
    }

    static void copy(BulkData bulk, Base64Output out) throws IOException {
        byte[] buf = new byte[(int) Math.min(CHUNK, Math.max(bulk.length(), 1))];
        boolean swap = bulk.bigEndian() && bulk.swapUnit() > 1;
        try (FileChannel ch = FileChannel.open(bulk.file(), StandardOpenOption.READ)) {
            for (long at = 0; at < bulk.length(); at += buf.length) {
                int n = (int) Math.min(buf.length, bulk.length() - at);
                bulk.read(ch, at, buf, 0, n);
                if (swap) {
                    ByteSwap.swap(buf, 0, n - n % bulk.swapUnit(), bulk.swapUnit());
                }
                out.write(buf, 0, n);
            }
        }
    }

    static void copy(Fragments fragments, Base64Output out) throws IOException {
        byte[] header = new byte[ITEM_HEADER];
        for (Object item : fragments.items()) {
            long length = item instanceof byte[] b ? b.length : ((BulkData) item).length();
            itemHeader(header, length);
            out.write(header, 0, ITEM_HEADER);
            if (item instanceof byte[] b) {
                out.write(b, 0, b.length);
            } else {
                copy((BulkData) item, out);
            }
        }
    }

    /** Item tag (FFFE,E000) and 32-bit length, little endian. */
    private static void itemHeader(byte[] h, long length) {
        int tag = Tags.Item;
        h[0] = (byte) (tag >>> 16);
        h[1] = (byte) (tag >>> 24);
        h[2] = (byte) tag;
        h[3] = (byte) (tag >>> 8);
        for (int i = 0; i < 4; i++) {
            h[4 + i] = (byte) (length >>> (8 * i));
        }
    }
}
