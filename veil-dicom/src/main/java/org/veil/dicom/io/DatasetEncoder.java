package org.veil.dicom.io;

import java.io.IOException;
import org.veil.dicom.Tag;
import org.veil.dicom.ByteSwap;
import org.veil.dicom.VR;
import org.veil.dicom.data.BulkData;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.Fragments;
import org.veil.dicom.data.Sequence;

/**
 * Writes the elements of a data set in one encoding: headers, padded values (swapped for big endian), sequences with
 * defined or undefined lengths, encapsulated fragments, and bulk values copied from their files.
 */
final class DatasetEncoder {
    private static final int UNDEFINED = 0xFFFFFFFF;

    private final ByteSink out;
    private final LengthCalculator lengths;

    DatasetEncoder(ByteSink out, LengthCalculator lengths) {
        this.out = out;
        this.lengths = lengths;
    }

    void write(Dataset ds, Encoding enc) throws IOException {
        for (int i = 0, n = ds.size(); i < n; i++) {
            DataElement e = ds.elementAt(i);
            if (Tag.isGroupLength(e.tag()) && e.bytes() != null && e.bytes().length == 4 && Tag.group(e.tag()) != 2) {
                long len = lengths.groupLength(ds, i, enc);
                byte[] v = {(byte) len, (byte) (len >>> 8), (byte) (len >>> 16), (byte) (len >>> 24)};
                element(e.withBytes(v), enc);
            } else {
                element(e, enc);
            }
        }
    }

    void element(DataElement e, Encoding enc) throws IOException {
        Sequence seq = e.sequence();
        if (seq != null) {
            sequence(e, seq, enc);
            return;
        }
        Fragments frags = e.fragments();
        if (frags != null) {
            fragments(e, frags, enc);
            return;
        }
        long len = e.length();
        long padded = len + (len & 1);
        header(e.tag(), LengthCalculator.headerVr(e), padded, enc);
        VR vr = e.vr();
        byte[] bytes = e.bytes();
        if (bytes != null) {
            if (enc.bigEndian() && vr.swapUnit() > 1) {
                out.swapped(bytes, vr.swapUnit());
            } else {
                out.bytes(bytes, 0, bytes.length);
            }
        } else {
            BulkData b = e.bulk();
            out.bulk(b, b.bigEndian() != enc.bigEndian());
        }
        if ((len & 1) != 0) {
            out.u8(vr.paddingByte());
        }
    }

    private void header(int tag, VR vr, long length, Encoding enc) throws IOException {
        boolean big = enc.bigEndian();
        out.tag(tag, big);
        if (!enc.explicitVr()) {
            out.i32((int) length, big);
            return;
        }
        out.u8(vr.code() >>> 8);
        out.u8(vr.code() & 0xFF);
        if (vr.hasLongHeader()) {
            out.u16(0, big);
            out.i32((int) length, big);
        } else {
            out.u16((int) length, big);
        }
    }

    private void sequence(DataElement e, Sequence seq, Encoding enc) throws IOException {
        boolean undefined = lengths.undefined(e, enc);
        long len = undefined ? UNDEFINED & 0xFFFFFFFFL : lengths.value(e, enc);
        header(e.tag(), e.vr(), len, enc);
        Encoding inner = LengthCalculator.itemEncoding(e, enc);
        boolean big = inner.bigEndian();
        for (Dataset item : seq) {
            boolean itemUndefined = lengths.undefined(item);
            out.tag(Tag.ITEM, big);
            out.i32(itemUndefined ? UNDEFINED : (int) lengths.content(item, inner), big);
            write(item, inner);
            if (itemUndefined) {
                out.tag(Tag.ITEM_DELIMITATION, big);
                out.i32(0, big);
            }
        }
        if (undefined) {
            out.tag(Tag.SEQUENCE_DELIMITATION, big);
            out.i32(0, big);
        }
    }

    private void fragments(DataElement e, Fragments frags, Encoding enc) throws IOException {
        boolean big = enc.bigEndian();
        header(e.tag(), e.vr() == VR.OW ? VR.OW : VR.OB, UNDEFINED & 0xFFFFFFFFL, enc);
        if (frags.region() != null) {
            out.bulk(frags.region(), false);
            return;
        }
        for (Object item : frags.items()) {
            out.tag(Tag.ITEM, big);
            if (item instanceof byte[] b) {
                out.i32(b.length + (b.length & 1), big);
                out.bytes(b, 0, b.length);
                if ((b.length & 1) != 0) {
                    out.u8(0);
                }
            } else {
                BulkData b = (BulkData) item;
                out.i32((int) (b.length() + (b.length() & 1)), big);
                out.bulk(b, false);
                if ((b.length() & 1) != 0) {
                    out.u8(0);
                }
            }
        }
        out.tag(Tag.SEQUENCE_DELIMITATION, big);
        out.i32(0, big);
    }
}
