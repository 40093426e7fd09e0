package org.veil.pipeline.folder;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;

/**
 * Everything that refuses a folder run, checked before anything is written (not the output, not the work folder,
 * not the linkage store): an output that holds something other than a Veil run, a run state left by an older Veil
 * inside the output, a run this one cannot continue (another key, input or settings), a folder that cannot be
 * written. Reads only.
 */
final class RunPreflight {
    private RunPreflight() {
    }

    /**
     * @return true when the work folder holds a run to resume
     * @throws FolderUnwritableException when a folder of the run cannot be created or written
     * @throws RunRefusedException       when the run must not start
     */
    static boolean check(RunDirectories dirs, JournalHeader header) throws IOException, RunRefusedException {
        Path legacy = dirs.out().resolve(RunDirectories.LEGACY_STATE);
        if (Files.exists(legacy.resolve(RunRecord.JOURNAL))) {
            throw new RunRefusedException("the output folder holds the run state of an older Veil in " + legacy
                    + "; Veil now keeps it beside the output. To resume that run, move it first: mv " + legacy + " "
                    + dirs.work() + " (then run the same command again)");
        }
        boolean resume = Files.exists(dirs.journal());
        if (resume) {
            Journal.checkHeader(dirs.journal(), header);
            refuseLocked(dirs);
        } else {
            refuseForeign(dirs.out(), "output");
            refuseForeign(dirs.quarantine(), "quarantine");
            refuseForeign(dirs.work(), "work");
        }
        writable(dirs.out(), "output");
        writable(dirs.quarantine(), "quarantine");
        writable(dirs.work(), "work");
        return resume;
    }

    /** Refuses to start while another process holds the run's lock (opens the existing lock file, creates nothing). */
    private static void refuseLocked(RunDirectories dirs) throws IOException, RunRefusedException {
        Path lockFile = dirs.work().resolve(RunState.LOCK);
        if (!Files.exists(lockFile)) {
            return;
        }
        try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            RunState.tryLock(ch, dirs).release();
        }
    }

    /** Refuses a folder that has content but no journal: it is not (the start of) a Veil run. */
    private static void refuseForeign(Path folder, String role) throws IOException, RunRefusedException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> s = Files.list(folder)) {
            if (s.findAny().isPresent()) {
                throw new RunRefusedException("the " + role + " folder " + folder + " is not empty and holds no "
                        + "Veil run to resume; choose an empty or new folder");
            }
        }
    }

    /** The folder, or the nearest folder above it that exists (where it will be created), must be writable. */
    private static void writable(Path folder, String role) throws FolderUnwritableException {
        Path existing = folder;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isDirectory(existing) || !Files.isWritable(existing)) {
            String where = folder.equals(existing) ? "" : " (it would be created in " + existing + ")";
            throw new FolderUnwritableException("the " + role + " folder " + folder + " cannot be written"
                    + where + ": permission denied or read-only file system; choose a folder you can write to");
        }
    }
}
