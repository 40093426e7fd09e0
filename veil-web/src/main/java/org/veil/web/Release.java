package org.veil.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/** Copies an approved study's files to the release folder, under the same names as in OUT. */
public final class Release {
    private final Path out;
    private final Path release;

    public Release(Path out, Path release) {
        this.out = out;
        this.release = release;
    }

    /** Copies the files; returns how many. */
    public int copy(List<Instance> study) throws IOException {
        for (Instance i : study) {
            Path target = release.resolve(out.relativize(i.file()).toString());
            Files.createDirectories(target.getParent());
            Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
            Files.copy(i.file(), tmp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        return study.size();
    }

    /** Deletes a study's released copies (its files changed after approval); returns how many were there. */
    public int withdraw(List<Instance> study) throws IOException {
        int n = 0;
        for (Instance i : study) {
            if (Files.deleteIfExists(release.resolve(out.relativize(i.file()).toString()))) {
                n++;
            }
        }
        return n;
    }
}
