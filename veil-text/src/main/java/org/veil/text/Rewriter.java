package org.veil.text;

import java.util.List;

/**
 * Writes a value with its hits replaced: a precomputed rewrite (shifted date, "90+"), a pseudonym, the marker, or
 * nothing. Removal also drops one adjacent space so that no double space is left. Records where each replacement
 * sits in the output so that truncation never cuts one.
 */
final class Rewriter {

    /** The output and, for every replacement, its [start, end) in the output. */
    record Output(String text, int[] replacementStart, int[] replacementEnd) {
    }

    private final ScrubPolicy policy;
    private final PseudonymSource pseudonyms;

    Rewriter(ScrubPolicy policy, PseudonymSource pseudonyms) {
        this.policy = policy;
        this.pseudonyms = pseudonyms;
    }

    /** This rewriter with other pseudonyms. */
    Rewriter with(PseudonymSource other) {
        return new Rewriter(policy, other);
    }

    Output write(String text, List<Hit> hits, boolean shortMarkers) {
        StringBuilder sb = new StringBuilder(text.length() + 16 * hits.size());
        int[] rs = new int[hits.size()];
        int[] re = new int[hits.size()];
        int pos = 0;
        for (int h = 0; h < hits.size(); h++) {
            Hit hit = hits.get(h);
            sb.append(text, pos, hit.start());
            pos = hit.end();
            String replacement = replacement(hit, shortMarkers);
            if (replacement.isEmpty()) {
                pos = dropSpace(text, sb, pos);
            }
            rs[h] = sb.length();
            sb.append(replacement);
            re[h] = sb.length();
        }
        sb.append(text, pos, text.length());
        return new Output(sb.toString(), rs, re);
    }

    private String replacement(Hit hit, boolean shortMarkers) {
        if (hit.rewrite() != null) {
            return hit.rewrite();
        }
        String marker = shortMarkers ? policy.shortMarker() : policy.marker();
        return switch (policy.replacement()) {
            case REMOVE -> "";
            case MARKER -> marker;
            case PSEUDONYM -> {
                String p = hit.knownValue() == null ? null : pseudonyms.pseudonymFor(hit.category(), hit.knownValue());
                yield p == null ? marker : p;
            }
        };
    }

    /** After removing a span: one space goes when the removal leaves two, or leaves one at either end. */
    private static int dropSpace(String text, StringBuilder sb, int pos) {
        boolean spaceBefore = sb.length() > 0 && sb.charAt(sb.length() - 1) == ' ';
        boolean spaceAfter = pos < text.length() && text.charAt(pos) == ' ';
        if (spaceBefore && (spaceAfter || pos == text.length())) {
            sb.setLength(sb.length() - 1);
        } else if (sb.length() == 0 && spaceAfter) {
            return pos + 1;
        }
        return pos;
    }
}
