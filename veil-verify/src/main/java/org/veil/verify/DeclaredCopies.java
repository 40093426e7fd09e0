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
 * ({@code changes.jsonl} in its work folder, beside the mapping file, by default {@code OUT.veil/}; {@code OUT/.veil/}
 * before 0.2: a change {@code copy} on (0008,0018)). Only these may carry a SOP Instance UID
 * that differs from the one the same original got in another output. Empty when there is no report.
 */
final class DeclaredCopies {
    static final String REPORT = "changes.jsonl";
    private static final String LEGACY_REPORT = ".veil/changes.jsonl";
    private static final Pattern OUTPUT = Pattern.compile("\"output\":\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final String COPY = "\"path\":\"(0008,0018)\",\"action\":\"copy\"";

    private DeclaredCopies() {
    }

    /** The copies declared in the report beside {@code mapping}, else in OUT.veil/, else in OUT/.veil/. */
    static Set<String> read(Path output, Path mapping) throws IOException {
        Path report = report(output, mapping);
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

    private static Path report(Path output, Path mapping) {
        Path abs = output.toAbsolutePath().normalize();
        for (Path candidate : new Path[] {
            mapping == null || mapping.toAbsolutePath().getParent() == null ? null
                : mapping.toAbsolutePath().getParent().resolve(REPORT),
            abs.resolveSibling(abs.getFileName() + MappingFile.WORK_SUFFIX).resolve(REPORT)}) {
            if (candidate != null && Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return output.resolve(LEGACY_REPORT);
    }
}
