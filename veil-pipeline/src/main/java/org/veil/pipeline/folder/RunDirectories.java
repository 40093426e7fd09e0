package org.veil.pipeline.folder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.veil.dicom.io.FailureText;

/**
 * The three places of a folder run, as absolute real paths (the output and quarantine folders may not exist yet):
 * the input file or folder, the output folder and the quarantine folder. None may lie inside another, so outputs are
 * never read back as inputs, quarantined PHI never sits in the output, and nothing is written under the input.
 *
 * @param in         the input file or folder (exists)
 * @param out        the output folder
 * @param quarantine the quarantine folder
 */
public record RunDirectories(Path in, Path out, Path quarantine) {
    /** Suffix of the default quarantine folder, a sibling of the output folder. */
    public static final String QUARANTINE_SUFFIX = ".quarantine";

    /**
     * Resolves and checks the folders.
     *
     * @param quarantine the quarantine folder, or null for {@code <out>.quarantine} beside {@code out}
     * @throws InputUnreadableException when the input does not exist or cannot be read
     * @throws IOException              when a path cannot be resolved
     * @throws RunRefusedException      when folders overlap or the output is not a folder
     */
    public static RunDirectories of(Path in, Path out, Path quarantine) throws IOException, RunRefusedException {
        Path inReal;
        try {
            inReal = in.toRealPath();
        } catch (IOException e) {
            throw new InputUnreadableException("the input " + in + " cannot be read ("
                    + FailureText.withoutDetail(e) + ")", e);
        }
        if (!Files.isReadable(inReal)) {
            throw new InputUnreadableException("the input " + in + " is not readable (permission denied)", null);
        }
        Path outReal = real(out);
        if (outReal.getParent() == null) {
            throw new RunRefusedException("the output folder cannot be the file system root");
        }
        if (Files.exists(outReal) && !Files.isDirectory(outReal)) {
            throw new RunRefusedException("the output " + out + " exists and is not a folder");
        }
        Path qReal = quarantine == null
                ? outReal.resolveSibling(outReal.getFileName() + QUARANTINE_SUFFIX) : real(quarantine);
        if (Files.exists(qReal) && !Files.isDirectory(qReal)) {
            throw new RunRefusedException("the quarantine " + qReal + " exists and is not a folder");
        }
        refuseOverlap(inReal, "input", outReal, "output");
        refuseOverlap(inReal, "input", qReal, "quarantine");
        refuseOverlap(outReal, "output", qReal, "quarantine");
        return new RunDirectories(inReal, outReal, qReal);
    }

    /** The real path of the longest existing prefix, with the rest appended (normalized). */
    static Path real(Path p) throws IOException {
        Path abs = p.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return abs;
        }
        return existing.toRealPath().resolve(existing.relativize(abs)).normalize();
    }

    private static void refuseOverlap(Path a, String aName, Path b, String bName) throws RunRefusedException {
        if (a.equals(b)) {
            throw new RunRefusedException("the " + aName + " and the " + bName + " are the same: " + a);
        }
        if (b.startsWith(a)) {
            throw new RunRefusedException("the " + bName + " " + b + " lies inside the " + aName + " " + a
                    + "; choose a folder outside it");
        }
        if (a.startsWith(b)) {
            throw new RunRefusedException("the " + aName + " " + a + " lies inside the " + bName + " " + b
                    + "; choose a folder outside it");
        }
    }

    /** The output's state folder {@code OUT/.veil} (journal, change report, summary). */
    public Path state() {
        return out.resolve(".veil");
    }
}
