package org.veil.pipeline.folder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.veil.dicom.io.FailureText;

/**
 * The four places of a folder run, as absolute real paths (all but the input may not exist yet): the input file or
 * folder, the output folder (only deliverables), the quarantine folder and the work folder (the run's state and the
 * mapping). None may lie inside another, so outputs are never read back as inputs, quarantined PHI and the mapping
 * never sit in the output, and nothing is written under the input.
 *
 * @param in         the input file or folder (exists)
 * @param out        the output folder
 * @param quarantine the quarantine folder
 * @param work       the work folder: journal, change report, summary, lock, mapping (names original files)
 */
public record RunDirectories(Path in, Path out, Path quarantine, Path work) {
    /** Suffix of the default quarantine folder, a sibling of the output folder. */
    public static final String QUARANTINE_SUFFIX = ".quarantine";
    /** Suffix of the default work folder, a sibling of the output folder: {@code OUT.veil}. */
    public static final String WORK_SUFFIX = ".veil";
    /** Where Veil before 0.2 kept the run state: {@code OUT/.veil}, inside the delivery. */
    public static final String LEGACY_STATE = ".veil";
    /** The mapping file in the work folder: which input (path and id) became which output. */
    public static final String MAPPING = "mapping.tsv";

    /** {@link #of(Path, Path, Path, Path)} with the default work folder. */
    public static RunDirectories of(Path in, Path out, Path quarantine) throws IOException, RunRefusedException {
        return of(in, out, quarantine, null);
    }

    /**
     * Resolves and checks the folders. Writes nothing.
     *
     * @param quarantine the quarantine folder, or null for {@code <out>.quarantine} beside {@code out}
     * @param work       the work folder, or null for {@code <out>.veil} beside {@code out}
     * @throws InputUnreadableException when the input does not exist or cannot be read
     * @throws IOException              when a path cannot be resolved
     * @throws RunRefusedException      when folders overlap or the output is not a folder
     */
    public static RunDirectories of(Path in, Path out, Path quarantine, Path work)
            throws IOException, RunRefusedException {
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
        Path wReal = work == null ? defaultWork(outReal) : real(work);
        if (Files.exists(wReal) && !Files.isDirectory(wReal)) {
            throw new RunRefusedException("the work folder " + wReal + " exists and is not a folder");
        }
        refuseOverlap(inReal, "input", outReal, "output");
        refuseOverlap(inReal, "input", qReal, "quarantine");
        refuseOverlap(outReal, "output", qReal, "quarantine");
        refuseOverlap(inReal, "input", wReal, "work folder");
        refuseOverlap(outReal, "output", wReal, "work folder");
        refuseOverlap(qReal, "quarantine", wReal, "work folder");
        return new RunDirectories(inReal, outReal, qReal, wReal);
    }

    /** The default work folder of an output folder: {@code OUT.veil} beside it. */
    public static Path defaultWork(Path out) {
        Path abs = out.toAbsolutePath().normalize();
        return abs.resolveSibling(abs.getFileName() + WORK_SUFFIX);
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

    /** The run's state folder: the work folder (journal, change report, summary, lock, mapping). */
    public Path state() {
        return work;
    }

    /** The mapping file in the work folder (names original files: PHI). */
    public Path mapping() {
        return work.resolve(MAPPING);
    }

    /** The journal, present once a run has started here. */
    public Path journal() {
        return work.resolve(RunRecord.JOURNAL);
    }
}
