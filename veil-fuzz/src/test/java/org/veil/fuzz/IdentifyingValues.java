package org.veil.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.veil.dicom.Tag;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Dataset;

/**
 * The property of the de-identification target: no value that an identifying attribute had in the input is the value
 * (or one of the values) of that attribute anywhere in the output, whatever VR the file claims for it. Values are
 * compared as bytes with padding (spaces, NULs) trimmed, so a name under SL is the same value as under PN.
 */
final class IdentifyingValues {
    /**
     * Attributes the Basic Profile replaces or removes (PS3.15 Table E.1-1): names and IDs of the patient and staff,
     * the study's IDs, and the instance's UIDs.
     */
    private static final Set<Integer> TAGS = Set.of(0x00100010, 0x00100020, 0x00101000, 0x00100030, 0x00200010,
            0x00080050, 0x0020000D, 0x0020000E, 0x00080018, 0x00200052, 0x00080014, 0x00080090, 0x00080080,
            0x00081070);
    /** Values shorter than this are too common to mean a leak (a Study ID of "1"). */
    private static final int MIN_LENGTH = 4;
    /** Replacement values the engine itself writes (dummies of PS3.15 E.1.1 D), which an input may hold too. */
    private static final Set<String> DUMMIES = Set.of("ANONYMIZED", "19000101", "19000101000000", "000000");

    private final Map<Integer, Set<String>> values = new HashMap<>();

    private IdentifyingValues() {
    }

    /** The identifying values of {@code ds} at every depth. */
    static IdentifyingValues of(Dataset ds) {
        IdentifyingValues v = new IdentifyingValues();
        v.collect(ds, 0);
        return v;
    }

    boolean isEmpty() {
        return values.isEmpty();
    }

    /** Throws naming the tag and VR (never the value) when an input value survives in the de-identified data set. */
    void assertNoneSurvives(Dataset deidentified) {
        check(deidentified, 0);
    }

    private void collect(Dataset ds, int depth) {
        for (DataElement e : ds) {
            if (e.isSequence() && depth < 64) {
                e.sequence().forEach(item -> collect(item, depth + 1));
            } else if (TAGS.contains(e.tag()) && e.bytes() != null) {
                for (String one : valuesOf(e.bytes())) {
                    values.computeIfAbsent(e.tag(), t -> new HashSet<>()).add(one);
                }
            }
        }
    }

    private void check(Dataset ds, int depth) {
        for (DataElement e : ds) {
            if (e.isSequence() && depth < 64) {
                e.sequence().forEach(item -> check(item, depth + 1));
            } else if (e.bytes() != null && values.containsKey(e.tag())) {
                for (String one : valuesOf(e.bytes())) {
                    if (values.get(e.tag()).contains(one)) {
                        throw new AssertionError("identifying value of " + Tag.format(e.tag()) + " survived de-"
                                + "identification (now under VR " + e.vr() + ")");
                    }
                }
            }
        }
    }

    /** The whole value and each backslash-separated value, trimmed, that are long and specific enough to compare. */
    private static Set<String> valuesOf(byte[] bytes) {
        String whole = trim(new String(bytes, StandardCharsets.ISO_8859_1));
        Set<String> out = new HashSet<>();
        add(out, whole);
        for (String part : whole.split("\\\\")) {
            add(out, trim(part));
        }
        return out;
    }

    private static void add(Set<String> out, String v) {
        if (v.length() >= MIN_LENGTH && !v.startsWith("1.2.840.10008.") && !DUMMIES.contains(v)) {
            out.add(v);
        }
    }

    private static String trim(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && (s.charAt(a) == ' ' || s.charAt(a) == 0)) {
            a++;
        }
        while (b > a && (s.charAt(b - 1) == ' ' || s.charAt(b - 1) == 0)) {
            b--;
        }
        return s.substring(a, b);
    }
}
