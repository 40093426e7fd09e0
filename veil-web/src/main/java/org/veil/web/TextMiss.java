package org.veil.web;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.veil.dicom.Tag;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.dict.Tags;
import org.veil.dicom.charset.SpecificCharacterSet;
import org.veil.dicom.io.DicomFile;
import org.veil.dicom.io.DicomReader;
import org.veil.text.FindingCategory;
import org.veil.text.KnownIdentifiers;
import org.veil.text.ScrubPolicy;
import org.veil.text.TextScrubber;

/**
 * Re-runs text cleaning of one delivered instance with a term a reviewer marked as a miss: every text value (any
 * depth) is scrubbed by veil-text with the term as a known identifier and nothing else detected, so the term in any
 * case and spacing becomes the marker and the rest of the (already cleaned) text stays as it is (dates are not
 * shifted twice). The file is replaced atomically when a value changed. Never logs the term or a value.
 */
final class TextMiss {
    private static final Set<FindingCategory> KNOWN = EnumSet.of(FindingCategory.NAME_KNOWN,
            FindingCategory.IDENTIFIER_KNOWN, FindingCategory.INSTITUTION_KNOWN);
    private final TextScrubber scrubber;

    TextMiss() {
        ScrubPolicy.Builder p = ScrubPolicy.defaults().toBuilder();
        EnumSet.complementOf(EnumSet.copyOf(KNOWN)).forEach(p::keep);
        scrubber = TextScrubber.builder().policy(p.build()).build();
    }

    /** Removes {@code term} from the text values of {@code file}; returns the tag paths of the values changed. */
    List<String> apply(Path file, String term) throws IOException {
        DicomFile df = DicomReader.read(file);
        String cs = DatasetView.of(df.dataset()).string(Tags.SpecificCharacterSet);
        SpecificCharacterSet charset = cs == null || cs.isBlank() ? SpecificCharacterSet.DEFAULT
                : SpecificCharacterSet.ofValue(cs.trim());
        List<String> changed = new ArrayList<>();
        scrub(df.dataset(), "", charset, KnownIdentifiers.builder().other(term).build(), changed);
        if (!changed.isEmpty()) {
            DeliveredFile.replace(file, df.fileMeta(), df.dataset(), df.transferSyntax(), List.of());
        }
        return changed;
    }

    private void scrub(Dataset ds, String prefix, SpecificCharacterSet cs, KnownIdentifiers known,
                       List<String> changed) {
        List<DataElement> replaced = new ArrayList<>();
        for (DataElement e : ds) {
            String path = prefix + Tag.format(e.tag());
            if (e.isSequence()) {
                int n = 0;
                for (Dataset item : e.sequence()) {
                    scrub(item, path + "[" + n++ + "]>", cs, known, changed);
                }
            } else if (e.vr().usesCharacterSet() && e.bytes() != null && e.bytes().length > 0) {
                String text = cs.decode(e.bytes(), e.vr());
                String clean = scrubber.scrub(text, e.vr(), known, null).text();
                if (!clean.equals(text)) {
                    replaced.add(e.withBytes(even(cs.encode(clean, e.vr()))));
                    changed.add(path);
                }
            }
        }
        replaced.forEach(ds::put);
    }

    private static byte[] even(byte[] b) {
        if (b.length % 2 == 0) {
            return b;
        }
        byte[] p = java.util.Arrays.copyOf(b, b.length + 1);
        p[b.length] = ' ';
        return p;
    }

    /** For the viewer: the top-level text values of a delivered file, by tag path (reviewers only: may hold a miss). */
    static Map<String, String> values(Path file) throws IOException {
        DicomFile df = DicomReader.read(file);
        Map<String, String> out = new java.util.LinkedHashMap<>();
        DatasetView v = DatasetView.of(df.dataset());
        for (DataElement e : df.dataset()) {
            if (e.vr().usesCharacterSet() && !e.isSequence() && e.bytes() != null && e.bytes().length > 0) {
                String s = v.string(e.tag());
                if (s != null && !s.isBlank()) {
                    out.put(Tag.format(e.tag()), s.trim());
                }
            }
        }
        return out;
    }
}
