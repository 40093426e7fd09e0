package org.veil.verify;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.veil.dicom.VR;

/**
 * The spellings an identifying value may take in an output: a person name's components and their usual orders
 * (PS3.5 6.2.1: family^given^middle^prefix^suffix, groups separated by '='), a date written the usual ways, and upper
 * and lower case of non-ASCII text (ASCII case is ignored by the search itself).
 */
final class ValueVariants {
    private ValueVariants() {
    }

    static Set<String> of(String value, VR vr) {
        Set<String> out = new LinkedHashSet<>();
        String v = value.strip();
        if (v.isEmpty()) {
            return out;
        }
        if (vr == VR.PN) {
            names(v, out);
        } else if (vr == VR.DA) {
            dates(v, out);
        } else if (vr == VR.DT) {
            out.add(v);
            if (v.length() >= 8) {
                dates(v.substring(0, 8), out);
            }
        } else {
            out.add(v);
        }
        Set<String> cased = new LinkedHashSet<>(out);
        for (String s : out) {
            if (!isAscii(s)) {
                cased.add(s.toUpperCase(Locale.ROOT));
                cased.add(s.toLowerCase(Locale.ROOT));
            }
        }
        return cased;
    }

    private static void names(String v, Set<String> out) {
        for (String group : v.split("=")) {
            String g = stripCarets(group.strip());
            if (g.isEmpty()) {
                continue;
            }
            out.add(g);
            String[] c = g.split("\\^", -1);
            for (String part : c) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
            out.add(g.replace('^', ' ').strip());
            if (c.length >= 2 && !c[0].isBlank() && !c[1].isBlank()) {
                String family = c[0].strip();
                String given = c[1].strip();
                out.add(given + " " + family);
                out.add(family + ", " + given);
                out.add(family + "," + given);
                out.add(family + " " + given);
            }
        }
    }

    private static String stripCarets(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '^') {
            end--;
        }
        return s.substring(0, end);
    }

    private static void dates(String v, Set<String> out) {
        out.add(v);
        if (v.length() == 8 && v.chars().allMatch(Character::isDigit)) {
            String y = v.substring(0, 4);
            String m = v.substring(4, 6);
            String d = v.substring(6, 8);
            out.add(y + "-" + m + "-" + d);
            out.add(y + "/" + m + "/" + d);
            out.add(d + "/" + m + "/" + y);
            out.add(m + "/" + d + "/" + y);
            out.add(d + "." + m + "." + y);
        }
    }

    static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
