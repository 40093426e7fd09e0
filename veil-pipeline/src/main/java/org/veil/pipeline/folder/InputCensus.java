package org.veil.pipeline.folder;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/**
 * Counts the files and bytes of the input on a background thread, so progress can show a total and an ETA while the
 * run is already working. Only looks at file attributes; never opens a file.
 */
final class InputCensus {
    private volatile long files;
    private volatile long bytes;
    private volatile boolean done;
    private final Thread thread;

    InputCensus(Path in, Set<Path> excluded) {
        InputWalker walker = new InputWalker(in, excluded);
        thread = new Thread(() -> count(walker), "veil-census");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
    }

    /** Starts counting; called at most once (by the progress display, which alone needs the total). */
    void start() {
        thread.start();
    }

    /** True once {@link #start()} was called. */
    boolean started() {
        return thread.getState() != Thread.State.NEW;
    }

    private void count(InputWalker walker) {
        try {
            walker.walk(new InputVisitor() {
                @Override
                public void file(Path file, String relative, long size) {
                    files++;
                    bytes += size;
                }

                @Override
                public void skipped(String relative, String reason) {
                    files++;
                }

                @Override
                public void unreadable(String relative, String detail) {
                    files++;
                }
            });
            done = true;
        } catch (IOException | InterruptedException e) {
            // no total then: progress shows counts without an ETA
        }
    }

    /** Files (and other entries the run will count) found so far. */
    long files() {
        return files;
    }

    /** Input bytes found so far. */
    long bytes() {
        return bytes;
    }

    /** True once the whole input was counted. */
    boolean done() {
        return done;
    }
}
