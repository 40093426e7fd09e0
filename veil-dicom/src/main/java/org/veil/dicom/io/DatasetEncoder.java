package org.veil.dicom.io;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.veil.dicom.Tag;
import org.veil.dicom.VR;
import org.veil.dicom.data.BulkData;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetVisitor;
import org.veil.dicom.data.DatasetWalker;
import org.veil.dicom.data.Fragments;
import org.veil.dicom.data.TreeLevel;
import org.veil.dicom.dict.Tags;

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

    /** Writes the elements of {@code ds} and of its items at every depth (one {@link DatasetWalker} walk). */
    void write(Dataset ds, Encoding enc) throws IOException {
        DatasetWalker.walk(ds, new Elements(enc));
    }

    /** Writes what the walk meets: elements, sequence and item headers, delimiters; one encoding per open level. */
    private final class Elements implements DatasetVisitor<IOException> {
        private final Deque<Encoding> encodings = new ArrayDeque<>();

        Elements(Encoding enc) {
            encodings.push(enc);
        }

        @Override
        public Descend element(DataElement e, TreeLevel at) throws IOException {
            Encoding enc = encodings.peek();
            if (e.sequence() != null) {
                startSequence(e, enc);
                encodings.push(LengthCalculator.itemEncoding(e, enc));
                return Descend.INTO_ITEMS;
            }
            if (Tag.isGroupLength(e.tag()) && e.bytes() != null && e.bytes().length == 4 && Tag.group(e.tag()) != 2) {
                long len = lengths.groupLength(at.dataset(), at.index(), enc);
                byte[] v = {(byte) len, (byte) (len >>> 8), (byte) (len >>> 16), (byte) (len >>> 24)};
                flat(e.withBytes(v), enc);
            } else {
                flat(e, enc);
            }
            return Descend.PAST_ITEMS;
        }

        @Override
        public void startItem(TreeLevel item) throws IOException {
            Encoding inner = encodings.peek();
            boolean big = inner.bigEndian();
            out.tag(Tags.Item, big);
            out.i32(lengths.undefined(item.dataset()) ? UNDEFINED : (int) lengths.content(item.dataset(), inner), big);
        }

        @Override
        public void endDataset(TreeLevel level) throws IOException {
            if (level.depth() > 0 && lengths.undefined(level.dataset())) {
                out.tag(Tags.ItemDelimitationItem, encodings.peek().bigEndian());
                out.i32(0, encodings.peek().bigEndian());
            }
        }

        @Override
        public void endSequence(DataElement e, TreeLevel at) throws IOException {
            boolean big = encodings.pop().bigEndian();
            if (lengths.undefined(e, encodings.peek())) {
                out.tag(Tags.SequenceDelimitationItem, big);
                out.i32(0, big);
            }
        }
    }

    /** An element that is not a sequence: encapsulated fragments, or a value in memory or in its file. */
    private void flat(DataElement e, Encoding enc) throws IOException {
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

    /** A sequence's header; its items follow in the walk. */
    private void startSequence(DataElement e, Encoding enc) throws IOException {
        boolean undefined = lengths.undefined(e, enc);
        long len = undefined ? UNDEFINED & 0xFFFFFFFFL : lengths.value(e, enc);
        header(e.tag(), e.vr(), len, enc);
    }

    private void fragments(DataElement e, Fragments frags, Encoding enc) throws IOException {
        boolean big = enc.bigEndian();
        header(e.tag(), e.vr() == VR.OW ? VR.OW : VR.OB, UNDEFINED & 0xFFFFFFFFL, enc);
        if (frags.region() != null) {
            out.bulk(frags.region(), false);
            return;
        }
        for (Object item : frags.items()) {
            out.tag(Tags.Item, big);
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
        out.tag(Tags.SequenceDelimitationItem, big);
        out.i32(0, big);
    }
}
