package org.veil.dicom.io;

import java.util.IdentityHashMap;
import java.util.Map;
import org.veil.dicom.Tag;
import org.veil.dicom.VR;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.Fragments;
import org.veil.dicom.data.Sequence;
import org.veil.dicom.dict.StandardDictionary;

/**
 * Encoded sizes of elements, items and data sets in a given encoding, memoised per item so defined-length sequences
 * nested at any depth cost one pass.
 */
final class LengthCalculator {
    static final long SHORT_MAX = 0xFFFE;
    private static final int MAX_DEPTH = 4096;

    private final WriteOptions.SequenceEncoding mode;
    private final Map<Dataset, Long> memo = new IdentityHashMap<>();

    LengthCalculator(WriteOptions.SequenceEncoding mode) {
        this.mode = mode;
    }

    /**
     * Whether a sequence is written with undefined length: always for VR UN (PS3.5 6.2.2) and, in implicit VR, for
     * sequences the dictionary does not know as SQ (private ones), so that a reader can still tell they are sequences.
     */
    boolean undefined(DataElement e, Encoding enc) {
        if (e.vr() == VR.UN || !enc.explicitVr() && StandardDictionary.vr(e.tag()) != VR.SQ) {
            return true;
        }
        return mode == WriteOptions.SequenceEncoding.UNDEFINED
                || mode == WriteOptions.SequenceEncoding.AS_READ && e.sequence().undefinedLength();
    }

    boolean undefined(Dataset item) {
        return mode == WriteOptions.SequenceEncoding.UNDEFINED
                || mode == WriteOptions.SequenceEncoding.AS_READ && item.undefinedLength();
    }

    /** Encoding of the items of a sequence element: implicit VR little endian inside UN (PS3.5 6.2.2). */
    static Encoding itemEncoding(DataElement e, Encoding enc) {
        return e.vr() == VR.UN ? Encoding.IMPLICIT_LE : enc;
    }

    /** Bytes of a data set's elements. */
    long content(Dataset ds, Encoding enc) {
        return content(ds, enc, 0);
    }

    private long content(Dataset ds, Encoding enc, int depth) {
        Long known = memo.get(ds);
        if (known != null) {
            return known;
        }
        if (depth > MAX_DEPTH) {
            throw new IllegalStateException("data set nesting deeper than " + MAX_DEPTH + " cannot be written");
        }
        long sum = 0;
        for (int i = 0, n = ds.size(); i < n; i++) {
            sum += element(ds.elementAt(i), enc, depth);
        }
        memo.put(ds, sum);
        return sum;
    }

    /** Bytes of one element: header and padded value. */
    long element(DataElement e, Encoding enc) {
        return element(e, enc, 0);
    }

    private long element(DataElement e, Encoding enc, int depth) {
        return header(e, enc) + value(e, enc, depth);
    }

    /** Header size: 12 for long-header VRs in explicit VR (or values too long for a short header), else 8. */
    static int header(DataElement e, Encoding enc) {
        if (!enc.explicitVr()) {
            return 8;
        }
        return headerVr(e).hasLongHeader() ? 12 : 8;
    }

    /** The VR written in an explicit header: UN for values too long for a 16-bit length (PS3.5 6.2.2). */
    static VR headerVr(DataElement e) {
        VR vr = e.vr();
        if (!vr.hasLongHeader() && e.length() > SHORT_MAX) {
            return VR.UN;
        }
        return vr;
    }

    /** Padded value length, including item headers and delimiters for sequences and fragments. */
    long value(DataElement e, Encoding enc) {
        return value(e, enc, 0);
    }

    private long value(DataElement e, Encoding enc, int depth) {
        Sequence seq = e.sequence();
        if (seq != null) {
            Encoding inner = itemEncoding(e, enc);
            long sum = 0;
            for (Dataset item : seq) {
                sum += 8 + content(item, inner, depth + 1) + (undefined(item) ? 8 : 0);
            }
            return sum + (undefined(e, enc) ? 8 : 0);
        }
        Fragments f = e.fragments();
        if (f != null) {
            if (f.region() != null) {
                return f.region().length();
            }
            long sum = 8;
            for (int i = 0; i < f.size(); i++) {
                long n = f.length(i);
                sum += 8 + n + (n & 1);
            }
            return sum;
        }
        long n = e.length();
        return n + (n & 1);
    }

    /** The group length value for group length element {@code at} (sum of the group's other elements). */
    long groupLength(Dataset ds, int at, Encoding enc) {
        int group = Tag.group(ds.elementAt(at).tag());
        long sum = 0;
        for (int i = at + 1; i < ds.size() && Tag.group(ds.elementAt(i).tag()) == group; i++) {
            sum += element(ds.elementAt(i), enc);
        }
        return sum;
    }
}
