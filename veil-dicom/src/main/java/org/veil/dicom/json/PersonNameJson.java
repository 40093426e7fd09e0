package org.veil.dicom.json;

import java.io.IOException;

/**
 * A PN value as a JSON object, PS3.18 F.2.2: the component groups separated by "=" (PS3.5 6.2.1) named
 * "Alphabetic", "Ideographic" and "Phonetic". Empty groups, and groups of nothing but "^" delimiters, are left out;
 * a name without any is null. Components inside a group keep their "^" separators as written.
 */
final class PersonNameJson {
    private static final String[] GROUPS = {"Alphabetic", "Ideographic", "Phonetic"};

    private PersonNameJson() {
    }

    static void write(JsonWriter json, String name) throws IOException {
        if (onlyDelimiters(name)) {
            json.nullValue();
            return;
        }
        String[] groups = name.split("=", GROUPS.length);
        json.beginObject();
        for (int i = 0; i < groups.length; i++) {
            if (!onlyDelimiters(groups[i])) {
                json.name(GROUPS[i]);
                json.string(groups[i]);
            }
        }
        json.endObject();
    }

    /** True when the text has no characters other than "^" and "=" (an empty name or group). */
    static boolean onlyDelimiters(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '^' && c != '=') {
                return false;
            }
        }
        return true;
    }
}
