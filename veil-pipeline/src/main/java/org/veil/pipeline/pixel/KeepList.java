package org.veil.pipeline.pixel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Harmless overlay vocabulary: text made only of these words (compared after {@link OcrConfusion} folding), with
 * short numbers beside them (a value such as {@code MI 0.8}, a depth scale {@code 12}), may stay in the pixels. The
 * built-in list ({@code overlay-keep-list.txt}: orientation letters, units, ultrasound acoustic output and control
 * labels, common probe and preset names) can be replaced or extended (recipe {@code pixelKeepList}).
 */
public final class KeepList {
    private static final int MAX_NUMBER = 4;
    private final Set<String> words;

    private KeepList(Set<String> words) {
        this.words = Set.copyOf(words);
    }

    public static KeepList of(Collection<String> words) {
        Set<String> f = new LinkedHashSet<>();
        for (String w : words) {
            String x = OcrConfusion.fold(w);
            if (!x.isEmpty()) {
                f.add(x);
            }
        }
        return new KeepList(f);
    }

    /** The built-in vocabulary. */
    public static KeepList builtin() {
        try (InputStream in = KeepList.class.getResourceAsStream("overlay-keep-list.txt")) {
            List<String> words = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    words.add(t);
                }
            }
            return of(words);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the built-in keep-list", e);
        }
    }

    public KeepList plus(Collection<String> more) {
        Set<String> all = new LinkedHashSet<>(words);
        all.addAll(of(more).words);
        return new KeepList(all);
    }

    public int size() {
        return words.size();
    }

    /**
     * True when every whitespace-separated token of {@code text} is a keep-list word, a keep-list word followed by a
     * short number, or a short number, and at least one token is a word (a lone number is never kept).
     */
    public boolean allows(String text) {
        String[] tokens = text.strip().split("\\s+");
        boolean word = false;
        for (String t : tokens) {
            String raw = t.replaceAll("[^A-Za-z0-9.+\\-]", "");
            if (raw.isEmpty()) {
                return false;
            }
            if (isNumber(raw)) {
                continue;
            }
            if (!wordWithNumber(raw)) {
                return false;
            }
            word = true;
        }
        return word;
    }

    private boolean wordWithNumber(String raw) {
        for (int cut = raw.length(); cut > 0; cut--) {
            String head = raw.substring(0, cut);
            String tail = raw.substring(cut);
            if (words.contains(OcrConfusion.fold(head)) && (tail.isEmpty() || isNumber(tail))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNumber(String s) {
        String digits = s.replaceAll("[^0-9]", "");
        return s.matches("[+\\-]?[0-9]*\\.?[0-9]+") && digits.length() <= MAX_NUMBER;
    }
}
