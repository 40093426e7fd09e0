package org.veil.pipeline.folder;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.veil.dicom.io.FailureText;

/**
 * Prepares the output and work folders for a run (after {@link RunPreflight}) and holds what a resumed run knows: the lock that keeps a second process out,
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
        boolean resume = RunPreflight.check(dirs, header);
        for (Path folder : new Path[] {dirs.work(), dirs.out()}) {
            try {
                Files.createDirectories(folder);
            } catch (IOException e) {
                throw new FolderUnwritableException("cannot create the folder " + folder + " ("
                        + FailureText.of(e) + ")");
            }
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

    /** Locks the run's lock file, or refuses: another run holds it. */
    static FileLock tryLock(FileChannel ch, RunDirectories dirs) throws IOException, RunRefusedException {
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
