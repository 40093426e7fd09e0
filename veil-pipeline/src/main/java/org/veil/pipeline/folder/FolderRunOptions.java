package org.veil.pipeline.folder;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Objects;

/**
 * How a {@link FolderRun} runs. Immutable; build with {@link #builder()}.
 *
 * @param threads       worker threads (the queue holds four inputs per worker)
 * @param durability    when outputs are forced to disk
 * @param quarantine    the quarantine folder, or null for {@code <OUT>.quarantine} beside the output folder
 * @param work          the work folder (run state, mapping), or null for {@code <OUT>.veil} beside the output folder
 * @param progress      how progress is shown
 * @param progressOut   where the progress bar goes (normally the error stream)
 * @param keyOrigin     where the project key came from (a random key cannot be resumed)
 * @param keySource     a short, secret-free description of the key's source for the summary
 * @param settingsNote  anything else that shapes outputs and must match on resume (e.g. a recipe digest); may be ""
 * @param listener      told about each completed input
 * @param records       commits what an input recorded elsewhere (the linkage store) before it is journaled
 */
public record FolderRunOptions(int threads, Durability durability, Path quarantine, Path work, ProgressStyle progress,
                               PrintStream progressOut, KeyOrigin keyOrigin, String keySource, String settingsNote,
                               RunListener listener, RecordCommit records) {

    public FolderRunOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        Objects.requireNonNull(durability, "durability");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(progressOut, "progressOut");
        Objects.requireNonNull(keyOrigin, "keyOrigin");
        Objects.requireNonNull(keySource, "keySource");
        Objects.requireNonNull(settingsNote, "settingsNote");
        Objects.requireNonNull(listener, "listener");
        Objects.requireNonNull(records, "records");
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these options. */
    public Builder toBuilder() {
        return builder().threads(threads).durability(durability).quarantine(quarantine).work(work).progress(progress)
                .progressOut(progressOut).key(keyOrigin, keySource).settingsNote(settingsNote).listener(listener)
                .records(records);
    }

    /**
     * Assembles {@link FolderRunOptions}; defaults: one thread per core, no fsync, quarantine and work folder beside the
     * output, no
     * progress, random key.
     */
    public static final class Builder {
        private int threads = Runtime.getRuntime().availableProcessors();
        private Durability durability = Durability.PROCESS_CRASH;
        private Path quarantine;
        private Path work;
        private ProgressStyle progress = ProgressStyle.NONE;
        private PrintStream progressOut = System.err;
        private KeyOrigin keyOrigin = KeyOrigin.RANDOM;
        private String keySource = "random key for this run";
        private String settingsNote = "";
        private RunListener listener = RunListener.NONE;
        private RecordCommit records = RecordCommit.NONE;

        public Builder threads(int v) {
            threads = v;
            return this;
        }

        public Builder durability(Durability v) {
            durability = v;
            return this;
        }

        public Builder quarantine(Path v) {
            quarantine = v;
            return this;
        }

        /** The work folder; null for {@code <OUT>.veil} beside the output folder. */
        public Builder work(Path v) {
            work = v;
            return this;
        }

        public Builder progress(ProgressStyle v) {
            progress = v;
            return this;
        }

        public Builder progressOut(PrintStream v) {
            progressOut = v;
            return this;
        }

        /** The key's origin and a secret-free description of where it came from. */
        public Builder key(KeyOrigin origin, String source) {
            keyOrigin = origin;
            keySource = source;
            return this;
        }

        public Builder settingsNote(String v) {
            settingsNote = v;
            return this;
        }

        public Builder listener(RunListener v) {
            listener = v;
            return this;
        }

        public Builder records(RecordCommit v) {
            records = v;
            return this;
        }

        public FolderRunOptions build() {
            return new FolderRunOptions(threads, durability, quarantine, work, progress, progressOut, keyOrigin, keySource,
                    settingsNote, listener, records);
        }
    }
}
