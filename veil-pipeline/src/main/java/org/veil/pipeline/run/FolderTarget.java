package org.veil.pipeline.run;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Objects;
import org.veil.pipeline.folder.ProgressStyle;
import org.veil.pipeline.folder.RunListener;

/**
 * Where a folder run reads and writes, and how the front end follows it: the input file or folder, the output
 * folder, the progress display, and a listener told about each completed input (besides the mapping file, which the
 * run writes itself). Immutable.
 *
 * @param in          input file or folder (never modified)
 * @param out         output folder: new, empty, or an interrupted run to resume
 * @param progress    how progress is shown
 * @param progressOut where progress goes (normally the error stream)
 * @param listener    told about each input completed in this session, from worker threads
 */
public record FolderTarget(Path in, Path out, ProgressStyle progress, PrintStream progressOut, RunListener listener) {
    public FolderTarget {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(progressOut, "progressOut");
        Objects.requireNonNull(listener, "listener");
    }

    /** From {@code in} into {@code out}, no progress shown, no listener. */
    public static FolderTarget of(Path in, Path out) {
        return new FolderTarget(in, out, ProgressStyle.NONE, System.err, RunListener.NONE);
    }

    public FolderTarget withProgress(ProgressStyle style, PrintStream to) {
        return new FolderTarget(in, out, style, to, listener);
    }

    public FolderTarget withListener(RunListener v) {
        return new FolderTarget(in, out, progress, progressOut, v);
    }
}
