package org.veil.pipeline.folder;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import org.veil.pipeline.DuplicateOutputException;
import org.veil.pipeline.Input;
import org.veil.pipeline.InstanceBody;
import org.veil.pipeline.InstanceSink;

/**
 * Stores outputs under the output folder, each atomically ({@link AtomicFileWriter}). Every name is claimed by the
 * input that first produced it; a second input claiming it gets a {@link DuplicateOutputException} and nothing is
 * overwritten. The same input storing its name again (a resumed run redoing an un-journaled file) is allowed and
 * replaces the file with identical bytes. The relative path of each input that claimed a name is kept in memory (about
 * 100 bytes per output), so that a colliding input's reason can name it. A name held by a later-listed input that is
 * not released yet is taken over by an earlier-listed one ({@link ListingTurns#yields}: the later one is processed
 * again), so the first in listing order keeps it with any number of workers. Thread-safe.
 */
final class FolderSink implements InstanceSink {
    private final Path root;
    private final AtomicFileWriter writer;
    private final IdTable claims;
    private final ListingTurns<?> turns;
    private final ConcurrentHashMap<Id128, String> labels = new ConcurrentHashMap<>();

    /**
     * @param claims output-name digests already claimed (from the journal of an interrupted run) to their input ids;
     *               this sink adds its own
     */
    FolderSink(Path root, Durability durability, IdTable claims, ListingTurns<?> turns) {
        this.root = root;
        this.turns = turns;
        this.writer = new AtomicFileWriter(durability);
        this.claims = claims;
    }

    @Override
    public long store(String inputId, String name, InstanceBody body) throws IOException, DuplicateOutputException {
        return store(null, inputId, null, name, body);
    }

    /** Stores, remembering the input's label (its relative path) to name it when a later input collides. */
    @Override
    public long store(Input in, String name, InstanceBody body) throws IOException, DuplicateOutputException {
        try {
            return store(in, in.id(), in.label(), name, body);
        } finally {
            turns.settled(in);
        }
    }

    private long store(Input in, String inputId, String label, String name, InstanceBody body)
            throws IOException, DuplicateOutputException {
        Path target = resolve(name);
        Id128 nameId = Id128.digest(name);
        Id128 input = idOf(inputId);
        Id128 first = claims.putIfAbsent(nameId, input);
        if (first != null && !first.equals(input)) {
            if (in == null || !turns.yields(first.hex(), in) || !claims.replace(nameId, first, input)) {
                throw new DuplicateOutputException(name, first.hex(), labels.get(first));
            }
            first = null;
        }
        if (first == null && label != null) {
            labels.put(input, label);
        }
        try {
            return writer.write(target, body);
        } catch (IOException | RuntimeException e) {
            if (first == null) {
                claims.remove(nameId, input);
            }
            throw e;
        }
    }

    /** Folder inputs carry 128-bit hex ids; other ids are digested. */
    private static Id128 idOf(String inputId) {
        if (inputId.length() == 32 && inputId.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            return Id128.parse(inputId);
        }
        return Id128.digest(inputId);
    }

    private Path resolve(String name) throws IOException {
        Path target = root.resolve(name).normalize();
        if (!target.startsWith(root) || target.equals(root) || name.startsWith(".")) {
            throw new IOException("output name '" + name + "' leaves the output folder");
        }
        return target;
    }
}
