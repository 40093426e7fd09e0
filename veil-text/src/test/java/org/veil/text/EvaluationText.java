package org.veil.text;

import java.util.ArrayList;
import java.util.List;

/**
 * One generated evaluation text with its ground truth: where each injected identifier is (and of which kind) and
 * where the clinical words are.
 */
record EvaluationText(String text, KnownIdentifiers known, List<Injected> identifiers, List<int[]> clinicalTokens) {

    /** An injected identifier: its span in the text and a label for per-kind recall. */
    record Injected(int start, int end, String kind) {
    }

    /** Appends pieces and records the ground truth as it goes. */
    static final class Builder {
        private final StringBuilder text = new StringBuilder();
        private final List<Injected> identifiers = new ArrayList<>();
        private final List<int[]> clinical = new ArrayList<>();

        /** Text that must survive: every letter/digit run in it is a clinical token. */
        Builder clinical(String s) {
            int base = text.length();
            text.append(s);
            int i = 0;
            while (i < s.length()) {
                while (i < s.length() && !Character.isLetterOrDigit(s.charAt(i))) {
                    i++;
                }
                int from = i;
                while (i < s.length() && Character.isLetterOrDigit(s.charAt(i))) {
                    i++;
                }
                if (i > from) {
                    clinical.add(new int[] {base + from, base + i});
                }
            }
            return this;
        }

        /** Separators and punctuation: neither identifier nor clinical. */
        Builder plain(String s) {
            text.append(s);
            return this;
        }

        Builder identifier(String s, String kind) {
            int base = text.length();
            text.append(s);
            identifiers.add(new Injected(base, base + s.length(), kind));
            return this;
        }

        int length() {
            return text.length();
        }

        EvaluationText build(KnownIdentifiers known) {
            return new EvaluationText(text.toString(), known, List.copyOf(identifiers), List.copyOf(clinical));
        }
    }
}
