package org.veil.verify;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outputs a Veil run declares as kept duplicates ({@code --duplicates keep-all}) in its change report
 * ({@code OUT/.veil/changes.jsonl}: a change {@code copy} on (0008,0018)). Only these may carry a SOP Instance UID
 * that differs from the one the same original got in another output. Empty when there is no report.
 */
final class DeclaredCopies {
    static final String REPORT = ".veil/changes.jsonl";
    private static final Pattern OUTPUT = Pattern.compile("\"output\":\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final String COPY = "\"path\":\"(0008,0018)\",\"action\":\"copy\"";

    private DeclaredCopies() {
    }

    static Set<String> read(Path output) throws IOException {
        Path report = output.resolve(REPORT);
        Set<String> copies = new HashSet<>();
        if (!Files.isRegularFile(report)) {
            return copies;
        }
        try (BufferedReader r = Files.newBufferedReader(report, StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                Matcher m = OUTPUT.matcher(line);
                if (line.contains(COPY) && m.find()) {
                    copies.add(m.group(1));
                }
            }
        }
        return copies;
    }
}
