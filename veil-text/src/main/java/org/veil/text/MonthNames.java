package org.veil.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Month names in English, German, French, Spanish, Italian, Dutch and Portuguese, full and abbreviated, to read a
 * written date and to write the shifted one in the same language, length and case ("Mar" → "Apr", "MÄRZ" → "APRIL").
 */
final class MonthNames {

    /** A month name read from a text. */
    record Month(int language, int month, boolean abbreviated) {
    }

    private static final String[][] FULL = {
            {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                    "November", "December"},
            {"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
                    "November", "Dezember"},
            {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                    "novembre", "décembre"},
            {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
                    "noviembre", "diciembre"},
            {"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
                    "novembre", "dicembre"},
            {"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
                    "november", "december"},
            {"janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
                    "novembro", "dezembro"}};
    private static final String[][] ABBREVIATED = {
            {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"},
            {"Jan", "Feb", "Mrz", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"},
            {"janv", "févr", "mars", "avr", "mai", "juin", "juil", "août", "sept", "oct", "nov", "déc"},
            {"ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"},
            {"gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"},
            {"jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"},
            {"jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"}};
    /** Other spellings: English "Sept", Austrian "Jänner", German "Maerz". */
    private static final Map<String, Month> ALIASES = Map.of(
            "SEPT", new Month(0, 9, true), "JANNER", new Month(1, 1, false), "JAENNER", new Month(1, 1, false),
            "MAERZ", new Month(1, 3, false));

    private static final Map<String, Month> BY_FOLDED = new HashMap<>();
    /** An alternation of every spelling (as written and folded to ASCII), longest first, for regular expressions. */
    static final String ALTERNATION;

    static {
        Set<String> spellings = new LinkedHashSet<>();
        for (int lang = 0; lang < FULL.length; lang++) {
            for (int m = 0; m < 12; m++) {
                register(spellings, FULL[lang][m], new Month(lang, m + 1, false));
                register(spellings, ABBREVIATED[lang][m], new Month(lang, m + 1, true));
            }
        }
        for (Map.Entry<String, Month> alias : ALIASES.entrySet()) {
            BY_FOLDED.putIfAbsent(alias.getKey(), alias.getValue());
            spellings.add(alias.getKey());
        }
        spellings.add("Jänner");
        List<String> sorted = new ArrayList<>(spellings);
        sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        StringBuilder sb = new StringBuilder();
        for (String s : sorted) {
            if (sb.length() > 0) {
                sb.append('|');
            }
            sb.append(Pattern.quote(s));
        }
        ALTERNATION = sb.toString();
    }

    private MonthNames() {
    }

    private static void register(Set<String> spellings, String name, Month month) {
        String folded = CharFold.foldWord(name);
        BY_FOLDED.putIfAbsent(folded, month);
        spellings.add(name);
        spellings.add(folded);
    }

    /** Every month name and abbreviation, folded (for the lexicon). */
    static java.util.Set<String> foldedNames() {
        return java.util.Collections.unmodifiableSet(BY_FOLDED.keySet());
    }

    /** The month a written name stands for, or null. */
    static Month read(String written) {
        return BY_FOLDED.get(CharFold.foldWord(written));
    }

    /** True for English words that are also month names and need a capital to count as one ("may", "march"). */
    static boolean isAmbiguousWord(String written) {
        String f = CharFold.foldWord(written);
        return f.equals("MAY") || f.equals("MARCH") || f.equals("MAR") || f.equals("JAN") || f.equals("DEC")
                || f.equals("AUGUST") || f.equals("JUNE") || f.equals("APRIL") || f.equals("MAI");
    }

    /** {@code month} (1-12) written like {@code original}: same language, length, case and accents. */
    static String render(String original, Month read, int month) {
        String name = read.abbreviated() ? ABBREVIATED[read.language()][month - 1] : FULL[read.language()][month - 1];
        boolean ascii = original.chars().allMatch(c -> c < 128);
        if (ascii) {
            name = stripAccents(name);
        }
        if (isAllUpper(original)) {
            return name.toUpperCase(java.util.Locale.ROOT);
        }
        if (Character.isUpperCase(original.charAt(0))) {
            return Character.toUpperCase(name.charAt(0)) + name.substring(1).toLowerCase(java.util.Locale.ROOT);
        }
        return name.toLowerCase(java.util.Locale.ROOT);
    }

    private static boolean isAllUpper(String s) {
        boolean letter = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter && s.length() > 1;
    }

    private static String stripAccents(String name) {
        String d = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD);
        return d.replaceAll("\\p{M}", "");
    }
}
