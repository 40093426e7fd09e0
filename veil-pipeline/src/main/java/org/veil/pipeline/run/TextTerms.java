package org.veil.pipeline.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * Terms the free-text cleaner treats as known identifiers in every instance of a run, besides each instance's own
 * values: a reviewer adds one when the cleaner kept a name (the web review's "mark as a miss"). They live in the run
 * state, {@code text-terms.txt} in the work folder (one term a line, mode 600: the terms are PHI, like the mapping),
 * so a repeated or resumed folder run keeps them. They do not enter the settings digest: adding one never stops a
 * resume. Thread-safe: a folder run loads them once before its first instance.
 */
public final class TextTerms {
    /** The file in the work folder. */
    public static final String FILE = "text-terms.txt";
    private static final int MAX_LENGTH = 200;

    private volatile List<String> terms = List.of();

    /** The terms now in force. */
    public List<String> current() {
        return terms;
    }

    /** Puts the terms of the work folder {@code work} in force (none when it has no file). */
    public void load(Path work) throws IOException {
        terms = read(work);
    }

    /** The terms stored in the work folder {@code work}. */
    public static List<String> read(Path work) throws IOException {
        Path file = work.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(t -> !t.isBlank()).toList();
    }

    /**
     * Adds a term to the work folder's file (replaced atomically, mode 600); a term already there is not repeated.
     *
     * @return true when the term was new
     * @throws IllegalArgumentException when the term is blank, longer than 200 characters or holds a line break
     */
    public static boolean add(Path work, String term) throws IOException {
        String t = term == null ? "" : term.strip();
        if (t.isEmpty() || t.length() > MAX_LENGTH || t.chars().anyMatch(c -> c == '\n' || c == '\r')) {
            throw new IllegalArgumentException("a term has 1 to " + MAX_LENGTH + " characters on one line");
        }
        List<String> all = new ArrayList<>(read(work));
        if (all.contains(t)) {
            return false;
        }
        all.add(t);
        Files.createDirectories(work);
        Path tmp = work.resolve(FILE + ".tmp");
        Files.deleteIfExists(tmp);
        Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(tmp, String.join("\n", all) + "\n", StandardCharsets.UTF_8);
        Files.move(tmp, work.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return true;
    }
}
