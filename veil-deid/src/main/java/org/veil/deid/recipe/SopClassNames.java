package org.veil.deid.recipe;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.veil.dicom.dict.SopClasses;

/**
 * How filters name SOP classes: a UID ({@code 1.2.840.10008.5.1.4.1.1.7}), a UID prefix ending in {@code *}
 * ({@code 1.2.840.10008.5.1.4.1.1.104.*}), or a PS3.4 name ({@code Secondary Capture Image Storage}, any case).
 * UIDs that the registry does not know are accepted: private SOP classes exist.
 */
final class SopClassNames {
    private static final Map<String, String> BY_NAME = byName();
    private static final List<String> NAMES = SopClasses.uids().stream().map(SopClasses::name).toList();
    private static final String UID = "(0|[1-9][0-9]*)(\\.(0|[1-9][0-9]*))*";
    private static final String UID_PREFIX = "((0|[1-9][0-9]*)\\.)*[0-9]*\\*";
    private static final int UID_MAX = 64;

    private SopClassNames() {
    }

    /** The UID or UID prefix a text stands for. */
    static String resolve(String text) throws InvalidValue {
        if (!text.isEmpty() && (Character.isDigit(text.charAt(0)) || text.equals("*"))) {
            if (text.length() <= UID_MAX && (text.matches(UID) || text.matches(UID_PREFIX))) {
                return text;
            }
            throw new InvalidValue("malformed SOP Class UID '" + text + "' (expected digits and dots, at most 64 "
                    + "characters, optionally ending in * to match a prefix)");
        }
        String uid = BY_NAME.get(text.toLowerCase(Locale.ROOT));
        if (uid == null) {
            throw new InvalidValue("unknown SOP class '" + text + "' (not a PS3.4 SOP class name)"
                    + Suggestion.hint(text, NAMES));
        }
        return uid;
    }

    private static Map<String, String> byName() {
        Map<String, String> m = new LinkedHashMap<>();
        for (String uid : SopClasses.uids()) {
            m.put(SopClasses.name(uid).toLowerCase(Locale.ROOT), uid);
        }
        return m;
    }
}
