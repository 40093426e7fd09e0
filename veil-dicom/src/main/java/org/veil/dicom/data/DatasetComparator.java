package org.veil.dicom.data;

import java.util.ArrayList;
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
        List<String> out = new ArrayList<>();
        compare(a, b, TagPath.ROOT, out);
        return out;
    }

    private void compare(Dataset a, Dataset b, TagPath path, List<String> out) {
        int i = 0;
        int j = 0;
        while ((i < a.size() || j < b.size()) && out.size() < maxDifferences) {
            if (i < a.size() && Tag.isGroupLength(a.elementAt(i).tag())) {
                i++;
                continue;
            }
            if (j < b.size() && Tag.isGroupLength(b.elementAt(j).tag())) {
                j++;
                continue;
            }
            int ta = i < a.size() ? a.elementAt(i).tag() : -1;
            int tb = j < b.size() ? b.elementAt(j).tag() : -1;
            int c = i >= a.size() ? 1 : j >= b.size() ? -1 : Integer.compareUnsigned(ta, tb);
            if (c < 0) {
                out.add(path.child(ta) + ": only in first");
                i++;
            } else if (c > 0) {
                out.add(path.child(tb) + ": only in second");
                j++;
            } else {
                compare(a.elementAt(i), b.elementAt(j), path.child(ta), out);
                i++;
                j++;
            }
        }
    }

    private void compare(DataElement a, DataElement b, TagPath path, List<String> out) {
        if (a.vr() != b.vr() && !(vrCheck == VrCheck.IMPLICIT_EQUIVALENT && equivalent(a.tag(), a.vr(), b.vr()))) {
            out.add(path + ": VR " + a.vr() + " vs " + b.vr());
            return;
        }
        if (a.isSequence() || b.isSequence()) {
            compareSequences(a, b, path, out);
            return;
        }
        if (a.fragments() != null || b.fragments() != null) {
            compareFragments(a, b, path, out);
            return;
        }
        if (!ValueContent.equal(a, b)) {
            out.add(path + ": values differ (" + a.length() + " vs " + b.length() + " bytes)");
        }
    }

    private static boolean equivalent(int tag, VR a, VR b) {
        if (a == VR.UN || b == VR.UN) {
            return true;
        }
        DictionaryEntry entry = StandardDictionary.entry(tag);
        return entry != null && entry.vrs().contains(a) && entry.vrs().contains(b);
    }

    private void compareSequences(DataElement a, DataElement b, TagPath path, List<String> out) {
        Sequence sa = a.sequence();
        Sequence sb = b.sequence();
        if (sa == null || sb == null) {
            out.add(path + ": sequence vs value");
            return;
        }
        if (sa.size() != sb.size()) {
            out.add(path + ": " + sa.size() + " vs " + sb.size() + " items");
            return;
        }
        for (int k = 0; k < sa.size(); k++) {
            compare(sa.get(k), sb.get(k), path.item(k), out);
        }
    }

    private void compareFragments(DataElement a, DataElement b, TagPath path, List<String> out) {
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
