package org.veil.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Assumptions;

/**
 * The shared corpus of real DICOM files (../shared/corpus, or {@code VEIL_CORPUS}). Tests that need it call
 * {@link #files()}: where the corpus is absent they are reported skipped with the reason, except on CI
 * ({@code CI} set), where a missing corpus fails the test.
 */
public final class Corpus {
    private static volatile List<CorpusFile> cached;

    private Corpus() {
    }

    /** The corpus folder; skips (or fails on CI) when absent. */
    public static Path root() {
        var root = SharedDirs.corpus();
        if (root.isEmpty()) {
            String reason = "corpus not found: set VEIL_CORPUS or place it at ../shared/corpus";
            if (Ci.active()) {
                throw new IllegalStateException(reason + " (required on CI)");
            }
            Assumptions.abort(reason);
        }
        return root.get();
    }

    /** Every manifest row, in manifest order. */
    public static List<CorpusFile> files() {
        List<CorpusFile> c = cached;
        if (c == null) {
            c = List.copyOf(load(root()));
            cached = c;
        }
        return c;
    }

    /** Manifest rows that match. */
    public static List<CorpusFile> files(Predicate<CorpusFile> filter) {
        return files().stream().filter(filter).toList();
    }

    /** The manifest row for a path relative to the corpus folder. */
    public static CorpusFile file(String name) {
        return files().stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not in MANIFEST.tsv: " + name));
    }

    static List<CorpusFile> load(Path root) {
        try {
            List<String> lines = Files.readAllLines(root.resolve("MANIFEST.tsv"), StandardCharsets.UTF_8);
            List<CorpusFile> out = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                out.add(new CorpusFile(f[0], root.resolve(f[0]), f[3], f[4], Long.parseLong(f[5]),
                        f.length > 6 ? f[6] : ""));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
