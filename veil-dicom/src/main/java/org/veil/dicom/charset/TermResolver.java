package org.veil.dicom.charset;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads one value of Specific Character Set leniently. The mapping, in order:
 * <ol>
 * <li>leading and trailing spaces, NULs and other control characters are padding, dropped without warning;</li>
 * <li>an exact Defined Term is taken as is;</li>
 * <li>otherwise the value is compared ignoring case, spaces, "_" and "-": {@code iso_ir 100}, {@code ISO-IR 100},
 * {@code ISO_IR_100}, {@code ISO IR 100}, {@code ISO_IR100} and {@code ISO2022 IR 87} all match;</li>
 * <li>then with "ISO_IR" and "ISO 2022 IR" swapped ({@code ISO_IR 87} is ISO 2022 IR 87, {@code ISO 2022 IR 192}
 * is ISO_IR 192), with a missing "ISO" or "IR" restored ({@code IR 100}, {@code ISO 2022 58} from the CP 1234
 * typo), and through the aliases below;</li>
 * <li>anything else is unknown.</li>
 * </ol>
 * Aliases: {@code UTF-8}, {@code UTF8} to ISO_IR 192; {@code ISO-8859-n} (or {@code ISO8859-n}, {@code ISO_8859_n})
 * to the ISO_IR term of that part, {@code LATIN1} to ISO_IR 100, {@code TIS-620} to ISO_IR 166; {@code ASCII} and
 * {@code US-ASCII} to ISO_IR 6; {@code GB2312} and {@code ISO 2022 GBK} to GBK (GBK is a superset of GB 2312 in
 * its EUC form). Every match other than an exact one comes with a warning.
 */
final class TermResolver {
    private static final Map<String, DefinedTerm> BY_KEY = new HashMap<>();

    static {
        for (DefinedTerm t : DefinedTerm.values()) {
            BY_KEY.put(key(t.term()), t);
        }
        alias("UTF8", DefinedTerm.ISO_IR_192);
        alias("ASCII", DefinedTerm.ISO_IR_6);
        alias("USASCII", DefinedTerm.ISO_IR_6);
        alias("LATIN1", DefinedTerm.ISO_IR_100);
        alias("TIS620", DefinedTerm.ISO_IR_166);
        alias("GB2312", DefinedTerm.GBK);
        alias("ISO2022GBK", DefinedTerm.GBK);
        String[][] parts = {{"1", "100"}, {"2", "101"}, {"3", "109"}, {"4", "110"}, {"5", "144"}, {"6", "127"},
                {"7", "126"}, {"8", "138"}, {"9", "148"}, {"11", "166"}, {"15", "203"}};
        for (String[] part : parts) {
            alias("ISO8859" + part[0], BY_KEY.get("ISOIR" + part[1]));
        }
    }

    /** A resolved value: the term (null when empty or unknown) and a warning (null when none). */
    record Resolution(DefinedTerm term, String warning) {
    }

    private TermResolver() {
    }

    private static void alias(String key, DefinedTerm term) {
        BY_KEY.put(key, term);
    }

    static Resolution resolve(String raw) {
        String value = strip(raw == null ? "" : raw);
        if (value.isEmpty()) {
            return new Resolution(null, null);
        }
        DefinedTerm exact = DefinedTerm.of(value).orElse(null);
        if (exact != null) {
            return new Resolution(exact, null);
        }
        DefinedTerm lenient = lenient(key(value));
        if (lenient != null) {
            return new Resolution(lenient, "read " + quote(raw) + " as '" + lenient.term() + "'");
        }
        return new Resolution(null, "unknown term " + quote(raw));
    }

    private static DefinedTerm lenient(String key) {
        DefinedTerm t = BY_KEY.get(key);
        if (t != null) {
            return t;
        }
        if (key.startsWith("ISO2022IR")) {
            return BY_KEY.get("ISOIR" + key.substring("ISO2022IR".length()));
        }
        if (key.startsWith("ISO2022")) {
            return BY_KEY.get("ISO2022IR" + key.substring("ISO2022".length()));
        }
        if (key.startsWith("ISOIR")) {
            return BY_KEY.get("ISO2022IR" + key.substring("ISOIR".length()));
        }
        if (key.startsWith("IR")) {
            return lenient("ISO" + key);
        }
        return null;
    }

    /** Upper case without spaces, "_" and "-": the spelling-insensitive form of a term. */
    static String key(String value) {
        StringBuilder sb = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != ' ' && c != '_' && c != '-') {
                sb.append(Character.toUpperCase(c));
            }
        }
        return sb.toString();
    }

    private static String strip(String value) {
        int from = 0;
        int to = value.length();
        while (from < to && value.charAt(from) <= ' ') {
            from++;
        }
        while (to > from && value.charAt(to - 1) <= ' ') {
            to--;
        }
        return value.substring(from, to);
    }

    /** The value in quotes with control and non-ASCII characters escaped, safe for a log line. */
    static String quote(String value) {
        StringBuilder sb = new StringBuilder("'");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c >= 0x7F) {
                sb.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('\'').toString();
    }
}
