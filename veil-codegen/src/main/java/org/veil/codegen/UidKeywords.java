package org.veil.codegen;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Derives Java identifiers from UID names, in the style of the PS3.6 keywords: the name up to the first colon,
 * without a trailing {@code (Retired)} and apostrophes, split at every character that is not a letter or digit,
 * each word's first letter capitalised ({@code Explicit VR Little Endian} is {@code ExplicitVRLittleEndian},
 * {@code 12-lead ECG Waveform Storage} is {@code TwelveLeadECGWaveformStorage}: a leading number is spelled out).
 *
 * <p>Clashes are resolved deterministically: among rows with the same keyword, ordered current before retired and
 * then by UID, the first keeps it; a retired one becomes {@code <keyword>Retired}; anything still clashing gets
 * {@code _} and its UID with underscores. Rows without a name get no keyword.
 */
final class UidKeywords {
    private static final String[] NUMBERS = {"Zero", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight",
        "Nine", "Ten", "Eleven", "Twelve", "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen",
        "Nineteen", "Twenty"};

    private UidKeywords() {
    }

    /** The keyword of every row with a name, by UID. */
    static Map<String, String> assign(List<UidRow> rows) {
        Map<String, List<UidRow>> byBase = new LinkedHashMap<>();
        for (UidRow row : rows) {
            String base = base(row.name(), row.where());
            if (!base.isEmpty()) {
                byBase.computeIfAbsent(base, k -> new ArrayList<>()).add(row);
            }
        }
        Set<String> used = new HashSet<>(byBase.keySet());
        Map<String, String> keywords = new HashMap<>();
        Comparator<UidRow> order = Comparator.comparing(UidRow::retired)
                .thenComparing(UidRow::uid, UidRow::compareUids);
        for (Map.Entry<String, List<UidRow>> e : byBase.entrySet()) {
            List<UidRow> group = new ArrayList<>(e.getValue());
            group.sort(order);
            keywords.put(group.get(0).uid(), e.getKey());
            for (UidRow row : group.subList(1, group.size())) {
                String candidate = e.getKey() + "Retired";
                if (!row.retired() || !used.add(candidate)) {
                    candidate = e.getKey() + "_" + row.uid().replace('.', '_');
                    if (!used.add(candidate)) {
                        throw new IllegalStateException(row.where() + ": cannot make keyword " + e.getKey()
                                + " unique");
                    }
                }
                keywords.put(row.uid(), candidate);
            }
        }
        return keywords;
    }

    /** The keyword before clash resolution, {@code ""} for a name without letters or digits. */
    static String base(String name, String where) {
        String n = name.endsWith("(Retired)") ? name.substring(0, name.length() - "(Retired)".length()) : name;
        int colon = n.indexOf(':');
        if (colon >= 0) {
            n = n.substring(0, colon);
        }
        n = n.replace("'", "").replace("\u2019", "");
        StringBuilder b = new StringBuilder();
        for (String word : n.split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                b.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
            }
        }
        return spellLeadingNumber(b.toString(), where);
    }

    private static String spellLeadingNumber(String keyword, String where) {
        int digits = 0;
        while (digits < keyword.length() && Character.isDigit(keyword.charAt(digits))) {
            digits++;
        }
        if (digits == 0) {
            return keyword;
        }
        int number = Integer.parseInt(keyword.substring(0, digits));
        if (number >= NUMBERS.length) {
            throw new IllegalStateException(where + ": cannot spell the leading number of '" + keyword + "'");
        }
        String rest = keyword.substring(digits);
        return NUMBERS[number] + (rest.isEmpty() ? "" : Character.toUpperCase(rest.charAt(0)) + rest.substring(1));
    }
}
