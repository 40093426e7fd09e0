package org.veil.pipeline.run;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Iterator;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.veil.deid.engine.MappingListener;
import org.veil.pipeline.Destination;
import org.veil.pipeline.Input;
import org.veil.pipeline.InstanceProcessor;
import org.veil.pipeline.PatientCensus;
import org.veil.pipeline.deface.DefacePlan;
import org.veil.pipeline.folder.KeyOrigin;
import org.veil.pipeline.folder.RecordCommit;

/**
 * The first few inputs of a folder de-identified in memory with a throw-away key while the project key is still being
 * unlocked (a keystore's PBKDF2 keeps one core busy for about half a second): the walk, the reads, the parsing, the
 * profile, the text cleaner and the encoder run once on the other core, so that the code they load and compile is
 * ready when the real run starts. Nothing is written or recorded anywhere and every result is dropped: the run given
 * must have a {@linkplain KeyOrigin#RANDOM random} key that records nothing, and the real run processes every input
 * again from the start. Stops as soon as {@code stop} says so (the key is there, or failed), after
 * {@value #MAX_INPUTS} inputs, {@value #MAX_BYTES} bytes or {@value #MAX_ENTRIES} entries of the walk; files over {@value #MAX_FILE_BYTES} bytes are passed over
 * (their bulk data would be copied only to be dropped).
 */
public final class Rehearsal {
    static final int MAX_INPUTS = 4;
    static final long MAX_BYTES = 8L << 20;
    static final long MAX_FILE_BYTES = 4L << 20;
    /** Entries of the walk looked at, at most (a tree of folders or of large files is not walked to its end). */
    static final int MAX_ENTRIES = 256;

    /** Every output encoded into nothing, every quarantine ignored. */
    private static final Destination DROPPED = new Destination((inputId, name, body) -> {
        body.writeTo(Channels.newChannel(OutputStream.nullOutputStream()));
        return 0;
    }, (input, reason) -> { });

    private final InstanceProcessor processor;

    private Rehearsal(InstanceProcessor processor) {
        this.processor = processor;
    }

    /**
     * A rehearsal of {@code throwAway}'s settings.
     *
     * @throws IllegalArgumentException when its key is not a random one (a rehearsal must not derive, record or log
     *                                  anything of the project key) or it records pseudonyms
     */
    public static Rehearsal of(DeidRun throwAway) {
        KeySource key = throwAway.key();
        if (key.origin() != KeyOrigin.RANDOM || key.records() != RecordCommit.NONE
                || key.mappings() != MappingListener.NONE) {
            throw new IllegalArgumentException("a rehearsal needs a random key that records nothing");
        }
        return new Rehearsal(new InstanceProcessor(throwAway.settings(DefacePlan.empty()), new MemoryStudyPatients(),
                new PatientCensus()).deferringDirectories());
    }

    /**
     * De-identifies inputs under {@code in} (a file or folder) into nothing until {@code stop} is true or a limit is
     * reached; an input that cannot be read or fails is passed over silently (the real run reports it).
     *
     * @return the number of inputs processed
     */
    public int run(Path in, BooleanSupplier stop) {
        int done = 0;
        long bytes = 0;
        try (Stream<Path> walk = Files.walk(in)) {
            Iterator<Path> files = walk.iterator();
            int seen = 0;
            while (files.hasNext() && done < MAX_INPUTS && bytes < MAX_BYTES && seen++ < MAX_ENTRIES
                    && !stop.getAsBoolean()) {
                Path file = files.next();
                BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
                if (!attrs.isRegularFile() || attrs.size() > MAX_FILE_BYTES) {
                    continue;
                }
                processor.process(new Input.OfFile(file, "rehearsal-" + done, "rehearsal", attrs.size()),
                        DROPPED);
                done++;
                bytes += attrs.size();
            }
        } catch (IOException | RuntimeException e) {
            // only an early try: the real run walks, reads and reports everything again
            return done;
        }
        return done;
    }
}
