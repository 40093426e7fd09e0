package org.veil.dicom.io;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import org.veil.dicom.Tag;
import org.veil.dicom.VR;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetVisitor;
import org.veil.dicom.data.DatasetWalker;
import org.veil.dicom.data.Fragments;
import org.veil.dicom.data.Sequence;
import org.veil.dicom.data.TreeLevel;
import org.veil.dicom.dict.StandardDictionary;

/**
 * Encoded sizes of elements, items and data sets in a given encoding, memoised per item so defined-length sequences
 * nested at any depth cost one pass (one {@link DatasetWalker} walk, no recursion).
 */
final class LengthCalculator {
    static final long SHORT_MAX = 0xFFFE;

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

    /** Bytes of a data set's elements (and, memoised on the way, of every item below it). */
    long content(Dataset ds, Encoding enc) {
        Long known = memo.get(ds);
        if (known != null) {
            return known;
        }
        DatasetWalker.walk(ds, new Sizes(enc));
        return memo.get(ds);
    }

    /** Bytes of one element: header and padded value. */
    long element(DataElement e, Encoding enc) {
        return header(e, enc) + value(e, enc);
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
        Sequence seq = e.sequence();
        if (seq == null) {
            return flatValue(e);
        }
        Encoding inner = itemEncoding(e, enc);
        long sum = 0;
        for (Dataset item : seq) {
            sum += item(item, content(item, inner));
        }
        return sum + (undefined(e, enc) ? 8 : 0);
    }

    /** Bytes of an item in its sequence: header, elements and delimiter if any. */
    private long item(Dataset item, long content) {
        return 8 + content + (undefined(item) ? 8 : 0);
    }

    /** Padded value length of an element that is not a sequence. */
    private static long flatValue(DataElement e) {
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

    /** Sums a tree bottom up in one walk: one running total per open data set and per open sequence. */
    private final class Sizes implements DatasetVisitor<RuntimeException> {
        private final Deque<long[]> datasets = new ArrayDeque<>();
        private final Deque<long[]> sequences = new ArrayDeque<>();
        private final Deque<Encoding> encodings = new ArrayDeque<>();

        Sizes(Encoding enc) {
            encodings.push(enc);
            datasets.push(new long[1]);
        }

        @Override
        public Descend element(DataElement e, TreeLevel at) {
            Encoding enc = encodings.peek();
            if (e.sequence() == null) {
                datasets.peek()[0] += header(e, enc) + flatValue(e);
                return Descend.PAST_ITEMS;
            }
            sequences.push(new long[1]);
            encodings.push(itemEncoding(e, enc));
            return Descend.INTO_ITEMS;
        }

        @Override
        public void startItem(TreeLevel item) {
            datasets.push(new long[1]);
        }

        @Override
        public void endDataset(TreeLevel level) {
            long sum = datasets.pop()[0];
            memo.put(level.dataset(), sum);
            if (level.depth() > 0) {
                sequences.peek()[0] += item(level.dataset(), sum);
            }
        }

        @Override
        public void endSequence(DataElement e, TreeLevel at) {
            encodings.pop();
            Encoding enc = encodings.peek();
            datasets.peek()[0] += header(e, enc) + sequences.pop()[0] + (undefined(e, enc) ? 8 : 0);
        }
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
