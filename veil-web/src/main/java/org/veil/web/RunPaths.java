package org.veil.web;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the web review finds a run's files for the delivery folder OUT. The only class that knows the layout: the
 * run state lives in the work folder {@code OUT.veil/} beside OUT, or (runs before the work folder) in
 * {@code OUT/.veil/}; the review's own state (users, decisions, audit log) goes to the same work folder.
 *
 * @param out  the delivery folder
 * @param work the folder with the run state and the review's state
 */
public record RunPaths(Path out, Path work) {

    /** The paths of the delivery in {@code out} (the run's work folder is found, not created). */
    public static RunPaths of(Path out) {
        Path o = out.toAbsolutePath().normalize();
        Path beside = o.resolveSibling(o.getFileName() + ".veil");
        Path inside = o.resolve(".veil");
        Path work = Files.isDirectory(beside) || !Files.isDirectory(inside) ? beside : inside;
        return new RunPaths(o, work);
    }

    /** The per-file change report written by the run. */
    public Path changes() {
        return work.resolve("changes.jsonl");
    }

    /** The run summary written by the run. */
    public Path summary() {
        return work.resolve("summary.json");
    }

    /** The verify report, if the run verified. */
    public Path verify() {
        return work.resolve("verify.json");
    }

    /** The mapping file: which input became which output (names original files; read for the side-by-side only). */
    public Path mapping() {
        Path inWork = work.resolve("mapping.tsv");
        return Files.exists(inWork) ? inWork : out.resolveSibling(out.getFileName() + ".mapping.tsv");
    }

    /** The quarantine folder beside OUT. */
    public Path quarantine() {
        return out.resolveSibling(out.getFileName() + ".quarantine");
    }

    /** Where approved studies are copied: {@code OUT.release/} beside OUT. */
    public Path release() {
        return out.resolveSibling(out.getFileName() + ".release");
    }

    /** The review's folder inside the work folder (users, decisions, audit log and its key). */
    public Path review() {
        return work.resolve("review");
    }
}
