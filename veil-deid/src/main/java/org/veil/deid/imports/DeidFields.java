package org.veil.deid.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.veil.dicom.dict.DictionaryEntry;
import org.veil.dicom.dict.StandardDictionary;

/**
 * The field part of a pydicom/deid header action: a keyword, a tag ({@code 00100010} or {@code (0010,0010)}), or an
 * expander ({@code startswith:}, {@code endswith:}, {@code contains:} with {@code |} for alternatives,
 * {@code select:group:gggg}, {@code select:VR:XX}), compared without case. Expanders select from Veil's standard
 * dictionary, since a recipe is compiled before any file is seen; deid selects among the fields of each file.
 */
final class DeidFields {
    private DeidFields() {
    }

    /** True for a field that names a set of attributes rather than one. */
    static boolean isExpander(String field) {
        String f = field.toLowerCase(Locale.ROOT);
        return f.startsWith("startswith:") || f.startsWith("endswith:") || f.startsWith("contains:")
                || f.startsWith("select:");
    }

    /** The one tag a field names, or -1. */
    static int single(String field) {
        String f = field.strip();
        if (f.matches("(?i)\\(?[0-9a-f]{4},?[0-9a-f]{4}\\)?") && !f.matches("[A-Za-z]+")) {
            String hex = f.replaceAll("[(),]", "");
            return (int) Long.parseLong(hex, 16);
        }
        return StandardDictionary.tag(f);
    }

    /** The standard attributes an expander selects, in tag order. */
    static List<Integer> expand(String field) throws Untranslated {
        int colon = field.indexOf(':');
        String kind = field.substring(0, colon).toLowerCase(Locale.ROOT);
        String arg = field.substring(colon + 1);
        List<Integer> out = new ArrayList<>();
        if (kind.equals("select")) {
            return select(arg);
        }
        Pattern p;
        try {
            p = Pattern.compile(arg.toLowerCase(Locale.ROOT));
        } catch (java.util.regex.PatternSyntaxException e) {
            throw new Untranslated("the expression '" + arg + "' is not a valid regular expression");
        }
        for (DictionaryEntry e : StandardDictionary.all()) {
            if (e.mask() != DictionaryEntry.EXACT || e.keyword().isEmpty() || (e.tag() & 0xFFFF) == 0) {
                continue;
            }
            String k = e.keyword().toLowerCase(Locale.ROOT);
            boolean hit = kind.equals("contains") ? p.matcher(k).find()
                    : kind.equals("startswith") ? p.matcher(k).lookingAt()
                    : Pattern.compile("(?:" + p.pattern() + ")$").matcher(k).find();
            if (hit) {
                out.add(e.tag());
            }
        }
        return out;
    }

    private static List<Integer> select(String arg) throws Untranslated {
        String[] w = arg.split(":", 2);
        if (w.length != 2) {
            throw new Untranslated("select needs select:group:gggg or select:VR:XX");
        }
        List<Integer> out = new ArrayList<>();
        for (DictionaryEntry e : StandardDictionary.all()) {
            if (e.mask() != DictionaryEntry.EXACT || e.keyword().isEmpty() || (e.tag() & 0xFFFF) == 0) {
                continue;
            }
            boolean hit = w[0].equalsIgnoreCase("group")
                    ? Integer.toHexString(e.tag() >>> 16).equalsIgnoreCase(w[1].replaceFirst("^0x", "")
                    .replaceFirst("^0+(?=.)", ""))
                    : w[0].equalsIgnoreCase("vr") && !e.vrs().isEmpty() && e.vrs().get(0).name()
                    .equalsIgnoreCase(w[1]);
            if (hit) {
                out.add(e.tag());
            }
        }
        if (!w[0].equalsIgnoreCase("group") && !w[0].equalsIgnoreCase("vr")) {
            throw new Untranslated("select:" + w[0] + " is not a known selection (group, VR)");
        }
        return out;
    }
}
