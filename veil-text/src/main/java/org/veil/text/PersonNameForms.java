package org.veil.text;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Other spellings of a name that folding alone does not join: German and Scandinavian letters typed as two ASCII
 * letters ("Müller" is also written "Mueller", "Sørensen" "Soerensen", "Åberg" "Aaberg") and the reverse for a
 * name given in ASCII ("MUELLER" also matches "Müller", which folds to "MULLER").
 */
final class PersonNameForms {

    private PersonNameForms() {
    }

    /** The name itself and its other spellings, in a stable order. */
    static Set<String> spellings(String name) {
        Set<String> out = new LinkedHashSet<>(3);
        out.add(name);
        String expanded = expand(name);
        out.add(expanded);
        if (expanded.equals(name)) {
            out.add(contract(name));
        }
        return out;
    }

    /** ä → ae, ö → oe, ü → ue, ø → oe, å → aa (either case). */
    static String expand(String name) {
        StringBuilder sb = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            switch (c) {
                case 'ä' -> sb.append("ae");
                case 'ö', 'ø' -> sb.append("oe");
                case 'ü' -> sb.append("ue");
                case 'å' -> sb.append("aa");
                case 'Ä' -> sb.append("Ae");
                case 'Ö', 'Ø' -> sb.append("Oe");
                case 'Ü' -> sb.append("Ue");
                case 'Å' -> sb.append("Aa");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** "ae", "oe", "ue" (any case) → the base vowel, so that the ASCII spelling also matches the folded umlaut. */
    static String contract(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            sb.append(c);
            char lower = Character.toLowerCase(c);
            if ((lower == 'a' || lower == 'o' || lower == 'u') && i + 1 < name.length()
                    && Character.toLowerCase(name.charAt(i + 1)) == 'e' && i > 0) {
                i++;
            }
        }
        return sb.toString();
    }
}
