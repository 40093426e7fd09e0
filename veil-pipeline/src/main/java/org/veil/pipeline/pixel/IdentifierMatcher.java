package org.veil.pipeline.pixel;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.veil.pipeline.PixelContext;
import org.veil.text.KnownIdentifiers;
import org.veil.text.TextScrubber;

/**
 * Whether text read in the pixels identifies someone: it contains one of the instance's identifying values (names
 * word by word, IDs, dates in the usual written orders, institution) compared after {@link OcrConfusion} folding, or
 * the free-text cleaner ({@link TextScrubber}) finds something in it (known identifiers, dates, phone numbers, names
 * from its lists, ...), asked for only when no identifying value matched. Built per instance; holds PHI in memory
 * only.
 */
final class IdentifierMatcher {
    private static final String[] MONTHS = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT",
        "NOV", "DEC"};

    private final Set<String> folded = new LinkedHashSet<>();
    private final Supplier<TextScrubber> scrubber;
    private final KnownIdentifiers known;

    IdentifierMatcher(PixelContext context, Supplier<TextScrubber> scrubber) {
        this.scrubber = scrubber;
        KnownIdentifiers.Builder k = KnownIdentifiers.builder();
        for (String n : context.names()) {
            k.personName(n);
            for (String word : n.split("[\\^\\s,.]+")) {
                add(word, 2);
            }
        }
        for (String id : context.identifiers()) {
            k.identifier(id);
            add(id, 2);
            add(id.replaceAll("[^0-9]", ""), 4);
        }
        for (String d : context.dates()) {
            dateForms(d).forEach(f -> add(f, 6));
        }
        for (String o : context.others()) {
            k.institution(o);
            add(o, 3);
            for (String word : o.split("\\s+")) {
                add(word, 4);
            }
        }
        this.known = k.build();
    }

    private void add(String value, int minLength) {
        String f = OcrConfusion.fold(value);
        if (f.length() >= minLength) {
            folded.add(f);
        }
    }

    /** True when the text contains an identifying value or a PHI pattern. */
    boolean matches(String text) {
        String f = OcrConfusion.fold(text);
        for (String v : folded) {
            if (f.contains(v)) {
                return true;
            }
        }
        return !scrubber.get().scrub(text, known, null).findings().isEmpty();
    }

    /** A DA value (YYYYMMDD) written the usual ways, digits only or with a month abbreviation. */
    static List<String> dateForms(String da) {
        List<String> out = new ArrayList<>();
        String d = da.replaceAll("[^0-9]", "");
        if (d.length() != 8) {
            return out;
        }
        String y = d.substring(0, 4);
        String m = d.substring(4, 6);
        String day = d.substring(6, 8);
        String yy = y.substring(2);
        out.add(d);
        out.add(day + m + y);
        out.add(m + day + y);
        out.add(day + m + yy);
        out.add(m + day + yy);
        out.add(yy + m + day);
        int mi = Integer.parseInt(m) - 1;
        if (mi >= 0 && mi < 12) {
            out.add(day + MONTHS[mi] + y);
            out.add(MONTHS[mi] + day + y);
            out.add(day + MONTHS[mi] + yy);
        }
        return out;
    }
}
