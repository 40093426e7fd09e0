package org.veil.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Reads the word list resources of this package (gzip-compressed when the name ends in ".gz"): UTF-8, one entry per
 * line, "#" comments, "[section]" headers.
 * Entries before any header belong to the section "". Each entry is split into folded words.
 */
final class WordListFile {

    private WordListFile() {
    }

    static Map<String, List<String>> read(String resource) {
        try (InputStream raw = WordListFile.class.getResourceAsStream(resource)) {
            if (raw == null) {
                throw new IllegalStateException("resource " + resource + " is missing from the veil-text jar");
            }
            InputStream in = resource.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), resource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + resource, e);
        }
    }

    private static Map<String, List<String>> parse(BufferedReader reader, String resource) throws IOException {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        List<String> current = sections.computeIfAbsent("", k -> new ArrayList<>());
        String line;
        int lineNumber = 0;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            if (trimmed.startsWith("[")) {
                if (!trimmed.endsWith("]")) {
                    throw new IllegalStateException(resource + ":" + lineNumber + ": section header without ']'");
                }
                current = sections.computeIfAbsent(trimmed.substring(1, trimmed.length() - 1), k -> new ArrayList<>());
                continue;
            }
            current.addAll(words(trimmed));
        }
        return sections;
    }

    /** The folded words of a phrase: "Hill-Sachs" gives HILL and SACHS, "O'Brien" gives OBRIEN. */
    static List<String> words(String phrase) {
        List<String> out = new ArrayList<>(2);
        int i = 0;
        int n = phrase.length();
        while (i < n) {
            while (i < n && !isWordChar(phrase, i)) {
                i++;
            }
            int from = i;
            while (i < n && (isWordChar(phrase, i) || isInnerApostrophe(phrase, i))) {
                i++;
            }
            if (i > from) {
                String folded = CharFold.foldWord(phrase.substring(from, i));
                if (!folded.isEmpty()) {
                    out.add(folded);
                }
            }
        }
        return out;
    }

    private static boolean isWordChar(String s, int i) {
        byte k = CharFold.classOf(s.charAt(i));
        return k == CharFold.LETTER || k == CharFold.DIGIT || k == CharFold.IDEOGRAPH;
    }

    private static boolean isInnerApostrophe(String s, int i) {
        return CharFold.classOf(s.charAt(i)) == CharFold.APOSTROPHE && i > 0 && i + 1 < s.length()
                && CharFold.classOf(s.charAt(i - 1)) == CharFold.LETTER
                && CharFold.classOf(s.charAt(i + 1)) == CharFold.LETTER;
    }
}
