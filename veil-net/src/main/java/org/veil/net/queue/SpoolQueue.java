package org.veil.net.queue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.veil.net.FileMeta;
import org.veil.net.StorageHandler;
import org.veil.net.dimse.Status;

/**
 * A persistent queue in a spool folder. Each instance has an id (arrival order, no data in it) and lives in exactly one
 * state folder as {@code <state>/<id>.dcm}:
 * <ul>
 *   <li>{@link State#RECEIVED}: as it arrived, made durable before the sender is answered;</li>
 *   <li>{@link State#PROCESSED}: the processed (de-identified) copy, waiting to be forwarded;</li>
 *   <li>{@link State#REFUSED}: a processed copy the peer refused for good, beside {@code <id>.reason.txt}.</li>
 * </ul>
 * Leaving the queue (forwarded, quarantined) deletes the file. Every file is written to {@code .tmp/}, forced to disk,
 * renamed into its state folder in one step and the folder forced, so a killed process leaves each instance whole in
 * one state or another. {@link #open} repairs what a crash between two steps left: temporary files are deleted, and
 * an id present in two states keeps only its later state (the earlier step had completed). The folder holds PHI
 * (received instances): it and its files are its owner's only. Thread-safe.
 */
public final class SpoolQueue {
    private static final Logger LOG = LoggerFactory.getLogger(SpoolQueue.class);
    private static final String SUFFIX = ".dcm";

    /** Where an instance is in the queue, in order. */
    public enum State {
        RECEIVED("received"), PROCESSED("processed"), REFUSED("refused");

        private final String folder;

        State(String folder) {
            this.folder = folder;
        }

        public String folder() {
            return folder;
        }
    }

    /** Writes the content of a queue file. */
    @FunctionalInterface
    public interface Body {
        void writeTo(WritableByteChannel out) throws IOException;
    }

    private final Path root;
    private final Path temp;
    private final AtomicLong sequence = new AtomicLong();
    private final AtomicLong dataForces = new AtomicLong();
    private final Map<String, FolderSync> syncs = new ConcurrentHashMap<>();
    /** Per state: a deletion in its folder is not forced yet ({@link #supersede}). */
    private final AtomicBoolean[] unforced = java.util.stream.Stream.generate(AtomicBoolean::new)
            .limit(State.values().length).toArray(AtomicBoolean[]::new);
    private final String epoch = Long.toString(System.currentTimeMillis(), 36);

    private SpoolQueue(Path root) {
        this.root = root;
        this.temp = root.resolve(".tmp");
    }

    /** Opens (creating) the queue in {@code root} and repairs what an interrupted process left. */
    public static SpoolQueue open(Path root) throws IOException {
        SpoolQueue q = new SpoolQueue(root);
        ownerOnlyFolder(root);
        ownerOnlyFolder(q.temp);
        for (State s : State.values()) {
            ownerOnlyFolder(root.resolve(s.folder()));
        }
        q.repair();
        return q;
    }

    public Path root() {
        return root;
    }

    /** The file of {@code id} in {@code state} (it may not exist). */
    public Path file(State state, String id) {
        return root.resolve(state.folder()).resolve(id + SUFFIX);
    }

    /** The ids in {@code state}, oldest first. */
    public List<String> ids(State state) throws IOException {
        List<String> ids = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(root.resolve(state.folder()), "*" + SUFFIX)) {
            for (Path p : s) {
                String name = p.getFileName().toString();
                ids.add(name.substring(0, name.length() - SUFFIX.length()));
            }
        }
        ids.sort(null);
        return ids;
    }

    /** Writes {@code id} into {@code state} durably and atomically, replacing what was there. */
    public void put(State state, String id, Body body) throws IOException {
        stage(id, body).publish(state);
    }

    /**
     * Writes the content of {@code id} to a temporary file, neither forced to disk nor in any state yet: the caller
     * {@link Staged#publish publishes} it later, possibly from another thread, so that the thread that produced the
     * content need not wait for the disk. Until then a crash leaves only a temporary file, deleted by {@link #open}.
     */
    public Staged stage(String id, Body body) throws IOException {
        Path t = Files.createTempFile(temp, id + ".", ".tmp");
        try (FileChannel ch = FileChannel.open(t, StandardOpenOption.WRITE)) {
            body.writeTo(ch);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(t);
            throw e;
        }
        return new Staged(t, id);
    }

    /** Content written by {@link #stage}: {@link #publish} or {@link #discard} it, once. */
    public final class Staged {
        private final Path temp;
        private final String id;

        private Staged(Path temp, String id) {
            this.temp = temp;
            this.id = id;
        }

        /** The bytes written. */
        public long size() throws IOException {
            return Files.size(temp);
        }

        /** Forces the content to disk and renames it into {@code state} in one step, replacing what was there. */
        public void publish(State state) throws IOException {
            try {
                try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                    ch.force(true);
                }
                dataForces.incrementAndGet();
                SpoolQueue.this.publish(temp, file(state, id));
            } finally {
                Files.deleteIfExists(temp);
            }
        }

        public void discard() {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // deleted when the queue is next opened
            }
        }
    }

    /** Files forced to disk by {@link Staged#publish} so far (for tests and figures). */
    long dataForces() {
        return dataForces.get();
    }

    /** Writes a small text file beside {@code id} in {@code state} ({@code <id><suffix>}), durably. */
    public void putNote(State state, String id, String suffix, String text) throws IOException {
        Path t = Files.createTempFile(temp, id + ".", ".tmp");
        try {
            Files.writeString(t, text);
            try (FileChannel ch = FileChannel.open(t, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            publish(t, root.resolve(state.folder()).resolve(id + suffix));
        } finally {
            Files.deleteIfExists(t);
        }
    }

    /**
     * Removes {@code id} from {@code state} durably (nothing happens when it is not there). Earlier states' folders
     * with deletions not yet forced ({@link #supersede}) are forced first: an instance that leaves the queue cannot
     * come back in an earlier state after a crash.
     */
    public void remove(State state, String id) throws IOException {
        removeAll(state, List.of(id));
    }

    /** As {@link #remove} for several ids at once: the folders are forced once for all of them. */
    public void removeAll(State state, java.util.Collection<String> ids) throws IOException {
        for (State earlier : State.values()) {
            if (earlier.ordinal() < state.ordinal() && unforced[earlier.ordinal()].getAndSet(false)) {
                sync(root.resolve(earlier.folder()));
            }
        }
        boolean any = false;
        for (String id : ids) {
            any |= Files.deleteIfExists(file(state, id));
        }
        if (any) {
            sync(root.resolve(state.folder()));
        }
    }

    /**
     * Deletes the copy of {@code id} in {@code earlier} once a later state of it is durable, without waiting for the
     * folder to be forced: if a crash loses the deletion, {@link #open} removes the copy again (an id in two states
     * keeps its later one), and {@link #remove} of a later state forces the folder before the instance leaves the queue.
     * One force less per instance on the de-identification path.
     */
    public void supersede(State earlier, String id) throws IOException {
        if (Files.deleteIfExists(file(earlier, id))) {
            unforced[earlier.ordinal()].set(true);
        }
    }

    /** Forces of {@code state}'s folder so far (for tests and figures). */
    long forces(State state) {
        FolderSync f = syncs.get(root.resolve(state.folder()).toString());
        return f == null ? 0 : f.forces();
    }

    /** Moves {@code id} from one state to another in one step. */
    public void move(String id, State from, State to) throws IOException {
        Files.move(file(from, id), file(to, id), StandardCopyOption.ATOMIC_MOVE);
        sync(root.resolve(to.folder()));
        sync(root.resolve(from.folder()));
    }

    /**
     * A C-STORE SCP storage that puts each instance into {@link State#RECEIVED} (Part 10, the data set as it arrived)
     * and calls {@code received} with its id once it is durable, before success is answered.
     */
    public StorageHandler receiver(Consumer<String> received) {
        return rq -> {
            String id = nextId();
            Path t = Files.createTempFile(temp, id + ".", ".tmp");
            FileChannel channel = FileChannel.open(t, StandardOpenOption.WRITE);
            OutputStream out = Channels.newOutputStream(channel);
            out.write(FileMeta.encode(rq.sopClassUid(), rq.sopInstanceUid(), rq.transferSyntax(), rq.callingAe()));
            return new StorageHandler.Instance() {
                @Override
                public OutputStream out() {
                    return out;
                }

                @Override
                public int commit() throws IOException {
                    try {
                        out.flush();
                        channel.force(true);
                        channel.close();
                        publish(t, file(State.RECEIVED, id));
                    } catch (IOException e) {
                        discard();
                        throw e;
                    }
                    received.accept(id);
                    return Status.SUCCESS;
                }

                @Override
                public void discard() {
                    try {
                        channel.close();
                        Files.deleteIfExists(t);
                    } catch (IOException ignored) {
                        // a leftover temporary file is deleted when the queue is next opened
                    }
                }
            };
        };
    }

    /** A new id: later ids sort after earlier ones of this process; ids of different processes never collide. */
    String nextId() {
        return epoch + "-" + String.format("%09d", sequence.incrementAndGet());
    }

    private void publish(Path from, Path to) throws IOException {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        sync(to.getParent());
    }

    /**
     * Makes the renames and deletions already done in {@code dir} durable. Concurrent callers share one force of the
     * folder (group commit): each still returns only after a force that began after its own change.
     */
    private void sync(Path dir) throws IOException {
        syncs.computeIfAbsent(dir.toString(), d -> new FolderSync(dir, SpoolQueue::force)).await();
    }

    private void repair() throws IOException {
        int temps = 0;
        try (DirectoryStream<Path> s = Files.newDirectoryStream(temp)) {
            for (Path p : s) {
                Files.deleteIfExists(p);
                temps++;
            }
        }
        int stale = 0;
        State[] states = State.values();
        for (int later = 1; later < states.length; later++) {
            for (String id : ids(states[later])) {
                for (int earlier = 0; earlier < later; earlier++) {
                    if (Files.deleteIfExists(file(states[earlier], id))) {
                        stale++;
                    }
                }
            }
        }
        for (State s : states) {
            force(root.resolve(s.folder()));
        }
        if (temps + stale > 0) {
            LOG.info("spool repaired after an interruption: {} partial file(s) and {} superseded copy(ies) removed",
                    temps, stale);
        }
    }

    private static void ownerOnlyFolder(Path dir) throws IOException {
        Files.createDirectories(dir);
        try {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system: its own access rules apply
        }
    }

    /** Forces a folder's entries (a rename or delete in it) to disk; a no-op where folders cannot be opened. */
    static void force(Path dir) throws IOException {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (NoSuchFileException e) {
            throw e;
        } catch (IOException | UnsupportedOperationException ignored) {
            // some file systems refuse to open a folder; the rename itself is still atomic
        }
    }
}
