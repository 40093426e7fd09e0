package org.veil.dicom.data;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.veil.dicom.Tag;
import org.veil.dicom.TagPath;
import org.veil.dicom.VR;
import org.veil.dicom.dict.DictionaryEntry;
import org.veil.dicom.dict.StandardDictionary;

/**
 * Compares two data sets element by element, at every depth, and lists the differences by tag path (never values).
 * Values are compared after padding to even length with the VR's padding byte, bulk values by content. Group length
 * elements (gggg,0000) are encoding artifacts (retired outside the file meta, recomputed by the writer) and are not
 * compared.
 */
public final class DatasetComparator {
    /** Whether VRs must match. */
    public enum VrCheck {
        /** VRs must be equal. */
        STRICT,
        /**
         * What implicit VR cannot carry: UN on either side matches any VR (private and unknown elements), and two VRs
         * of a dictionary entry with several (such as OB or OW, US or SS) match each other.
         */
        IMPLICIT_EQUIVALENT
    }

    private final VrCheck vrCheck;
    private final int maxDifferences;

    public DatasetComparator(VrCheck vrCheck, int maxDifferences) {
        this.vrCheck = vrCheck;
        this.maxDifferences = maxDifferences;
    }

    /** The differences between {@code a} and {@code b}, at most {@code maxDifferences}; empty when equal. */
    public List<String> differences(Dataset a, Dataset b) {
        Differences found = new Differences(b);
        DatasetWalker.walk(a, found);
        return found.out;
    }

    /**
     * Walks the first tree and keeps, per level, the matching data set of the second and how far its elements have
     * been merged with the first's (both are in tag order).
     */
    private final class Differences implements DatasetVisitor<RuntimeException> {
        final List<String> out = new ArrayList<>();
        private final Deque<Dataset> others = new ArrayDeque<>();
        private final Deque<int[]> positions = new ArrayDeque<>();
        private final Deque<Sequence> otherSequences = new ArrayDeque<>();

        Differences(Dataset b) {
            others.push(b);
            positions.push(new int[1]);
        }

        @Override
        public Descend element(DataElement a, TreeLevel at) {
            if (out.size() >= maxDifferences || Tag.isGroupLength(a.tag())) {
                return Descend.PAST_ITEMS;
            }
            Dataset b = others.peek();
            int[] j = positions.peek();
            onlyInSecond(b, j, at, Integer.toUnsignedLong(a.tag()));
            if (j[0] >= b.size() || b.elementAt(j[0]).tag() != a.tag()) {
                add(at.pathOf(a.tag()) + ": only in first");
                return Descend.PAST_ITEMS;
            }
            DataElement other = b.elementAt(j[0]++);
            Sequence items = compare(a, other, at.pathOf(a.tag()));
            if (items == null) {
                return Descend.PAST_ITEMS;
            }
            otherSequences.push(items);
            return Descend.INTO_ITEMS;
        }

        @Override
        public void startItem(TreeLevel item) {
            others.push(otherSequences.peek().get(item.itemIndex()));
            positions.push(new int[1]);
        }

        @Override
        public void endDataset(TreeLevel level) {
            onlyInSecond(others.pop(), positions.pop(), level, Long.MAX_VALUE);
        }

        @Override
        public void endSequence(DataElement sequence, TreeLevel at) {
            otherSequences.pop();
        }

        /** The elements of {@code b} from {@code j} up to (not including) the unsigned tag {@code until}. */
        private void onlyInSecond(Dataset b, int[] j, TreeLevel at, long until) {
            for (; j[0] < b.size() && Integer.toUnsignedLong(b.elementAt(j[0]).tag()) < until; j[0]++) {
                int t = b.elementAt(j[0]).tag();
                if (!Tag.isGroupLength(t)) {
                    add(at.pathOf(t) + ": only in second");
                }
            }
        }

        /** Compares two elements with the same tag; returns the second's items when both items are to be compared. */
        private Sequence compare(DataElement a, DataElement b, TagPath path) {
            if (a.vr() != b.vr() && !(vrCheck == VrCheck.IMPLICIT_EQUIVALENT && equivalent(a.tag(), a.vr(), b.vr()))) {
                add(path + ": VR " + a.vr() + " vs " + b.vr());
            } else if (a.isSequence() || b.isSequence()) {
                return sequences(a, b, path);
            } else if (a.fragments() != null || b.fragments() != null) {
                compareFragments(a, b, path, this);
            } else if (!ValueContent.equal(a, b)) {
                add(path + ": values differ (" + a.length() + " vs " + b.length() + " bytes)");
            }
            return null;
        }

        private Sequence sequences(DataElement a, DataElement b, TagPath path) {
            Sequence sa = a.sequence();
            Sequence sb = b.sequence();
            if (sa == null || sb == null) {
                add(path + ": sequence vs value");
                return null;
            }
            if (sa.size() != sb.size()) {
                add(path + ": " + sa.size() + " vs " + sb.size() + " items");
                return null;
            }
            return sb;
        }

        void add(String difference) {
            if (out.size() < maxDifferences) {
                out.add(difference);
            }
        }
    }

    private static boolean equivalent(int tag, VR a, VR b) {
        if (a == VR.UN || b == VR.UN) {
            return true;
        }
        DictionaryEntry entry = StandardDictionary.entry(tag);
        return entry != null && entry.vrs().contains(a) && entry.vrs().contains(b);
    }

    private static void compareFragments(DataElement a, DataElement b, TagPath path, Differences out) {
        Fragments fa = a.fragments();
        Fragments fb = b.fragments();
        if (fa == null || fb == null) {
            out.add(path + ": fragments vs value");
            return;
        }
        if (fa.size() != fb.size()) {
            out.add(path + ": " + fa.size() + " vs " + fb.size() + " fragments");
            return;
        }
        for (int k = 0; k < fa.size(); k++) {
            if (!ValueContent.equal(fa.get(k), fb.get(k), VR.OB)) {
                out.add(path.item(k) + ": fragment differs");
            }
        }
    }

}
