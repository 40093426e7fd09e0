package org.veil.pipeline.folder;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.veil.dicom.io.FailureText;

/**
 * Prepares the output folder for a run and holds what a resumed run knows: the lock that keeps a second process out,
 * the {@link RunRecord}, the ids of inputs already completed and the output names already claimed. A fresh run needs
 * an empty (or absent) output folder and quarantine; a resume needs the journal to match (see {@link JournalHeader})
 * and removes stale temporary files first.
 */
final class RunState implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RunState.class);
    static final String LOCK = "lock";

    final RunRecord record;
    final IdTable done;
    final IdTable claims;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private RunState(RunRecord record, IdTable done, IdTable claims, FileChannel lockChannel, FileLock lock) {
        this.record = record;
        this.done = done;
        this.claims = claims;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    static RunState open(RunDirectories dirs, JournalHeader header, Durability durability, RunTally tally)
            throws IOException, RunRefusedException {
        Path journal = dirs.state().resolve(RunRecord.JOURNAL);
        boolean resume = Files.exists(journal);
        if (!resume) {
            refuseForeign(dirs.out(), "output");
            refuseForeign(dirs.quarantine(), "quarantine");
        }
        try {
            Files.createDirectories(dirs.state());
        } catch (IOException e) {
            throw new RunRefusedException("cannot create the output folder " + dirs.out() + " ("
                    + FailureText.of(e) + ")");
        }
        FileChannel lockChannel = FileChannel.open(dirs.state().resolve(LOCK), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        try {
            FileLock lock = tryLock(lockChannel, dirs);
            IdTable done = new IdTable();
            IdTable claims = new IdTable();
            RunRecord record = RunRecord.open(dirs.state(), header, durability, e -> {
                done.putIfAbsent(e.input(), e.input());
                if (e.status() == JournalEntry.Status.WRITTEN) {
                    claims.putIfAbsent(Id128.digest(e.text()), e.input());
                }
                tally.replayed(e);
            });
            if (resume) {
                int stale = TempFiles.clean(dirs.out()) + TempFiles.clean(dirs.quarantine());
                LOG.info("resuming: {} inputs already done, {} stale temporary files removed", done.size(), stale);
            }
            return new RunState(record, done, claims, lockChannel, lock);
        } catch (IOException | RunRefusedException | RuntimeException e) {
            lockChannel.close();
            throw e;
        }
    }

    private static FileLock tryLock(FileChannel ch, RunDirectories dirs) throws IOException, RunRefusedException {
        FileLock lock;
        try {
            lock = ch.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            throw new RunRefusedException("another veil run is writing to " + dirs.out() + "; wait for it to end");
        }
        return lock;
    }

    /** Refuses a folder that has content but no journal: it is not (the start of) a Veil run. */
    private static void refuseForeign(Path folder, String role) throws IOException, RunRefusedException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> s = Files.list(folder)) {
            if (s.anyMatch(p -> !p.getFileName().toString().equals(".veil"))) {
                throw new RunRefusedException("the " + role + " folder " + folder + " is not empty and holds no "
                        + "Veil run to resume; choose an empty or new folder");
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            record.close();
        } finally {
            try {
                lock.release();
            } finally {
                lockChannel.close();
            }
        }
    }
}
