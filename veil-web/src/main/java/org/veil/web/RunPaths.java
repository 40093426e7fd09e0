package org.veil.web;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the web review finds a run's files for the delivery folder OUT. The only class that knows the layout: the
 * run state lives in the work folder {@code OUT.veil/} beside OUT; the review's own state (users, decisions, audit
 * log) goes to the same work folder, never into OUT. A run of an older Veil that kept its state in {@code OUT/.veil/}
 * is refused until its state is moved beside OUT, so that password hashes and decisions never land in a delivery.
 *
 * @param out  the delivery folder
 * @param work the folder with the run state and the review's state
 */
public record RunPaths(Path out, Path work) {

    /**
     * The paths of the delivery in {@code out} (the run's work folder is found, not created).
     *
     * @throws IllegalArgumentException when the run state is inside OUT (an older Veil): the sentence says what to do
     */
    public static RunPaths of(Path out) {
        Path o = out.toAbsolutePath().normalize();
        Path beside = o.resolveSibling(o.getFileName() + ".veil");
        if (!Files.isDirectory(beside) && Files.isDirectory(o.resolve(".veil"))) {
            throw new IllegalArgumentException("this delivery keeps its run state inside the output folder (.veil, "
                    + "written by a Veil before the work folder); move it beside the output first (mv OUT/.veil "
                    + "OUT.veil), so that the review's users and decisions never land in the delivery");
        }
        return new RunPaths(o, beside);
    }

    /** The per-file change report written by the run. */
    public Path changes() {
        return work.resolve("changes.jsonl");
    }

    /** The k-anonymity step's change report ({@code veil deid --k}), when the run had one. */
    public Path kAnonymity() {
        return work.resolve("k-anonymity.jsonl");
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
