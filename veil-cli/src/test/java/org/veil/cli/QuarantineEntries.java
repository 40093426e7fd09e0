package org.veil.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.veil.verify.MappingFile;

/** Finds a quarantined input by its original name (inside its reason file), as a person would. */
final class QuarantineEntries {
    private QuarantineEntries() {
    }

    /** The reason file of the input with this path relative to IN. */
    static Path reason(Path quarantine, String relative) throws IOException {
        String line = "input: " + MappingFile.escape(relative) + "\n";
        List<Path> found;
        try (Stream<Path> s = Files.list(quarantine)) {
            found = s.filter(p -> p.getFileName().toString().endsWith(".reason.txt"))
                    .filter(p -> read(p).startsWith(line)).toList();
        }
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " quarantine entries for " + relative);
        }
        return found.get(0);
    }

    /** The copy of the input with this path relative to IN. */
    static Path copy(Path quarantine, String relative) throws IOException {
        String reason = reason(quarantine, relative).getFileName().toString();
        return quarantine.resolve(reason.substring(0, reason.length() - ".reason.txt".length()) + ".input");
    }

    /** The reason text of the input with this path relative to IN. */
    static String reasonText(Path quarantine, String relative) throws IOException {
        return Files.readString(reason(quarantine, relative));
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
