package org.veil.pipeline.run;

import java.util.Objects;
import org.veil.deid.engine.MappingListener;
import org.veil.deid.pseudo.ProjectKey;
import org.veil.pipeline.folder.KeyOrigin;
import org.veil.pipeline.folder.RecordCommit;

/**
 * The project key of a run and where its pseudonyms are recorded. The front end loads the key (keystore, token, test
 * key file) and, when it keeps a linkage store, hands in the store's listener and commit: the pipeline never opens a
 * store itself. Holds no secret in its {@link #toString}.
 *
 * @param key         the project key
 * @param origin      random (cannot be resumed) or supplied
 * @param description secret-free text for the summary, e.g. {@code keystore project.p12}
 * @param mappings    told every pseudonym the run derives (e.g. the linkage store's recorder)
 * @param records     makes what {@code mappings} recorded durable before an input counts as done
 */
public record KeySource(ProjectKey key, KeyOrigin origin, String description, MappingListener mappings,
                        RecordCommit records) {
    public KeySource {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(mappings, "mappings");
        Objects.requireNonNull(records, "records");
    }

    /** A key of the given origin, nothing recorded (add a recorder with {@link #recordingTo}). */
    public static KeySource of(ProjectKey key, KeyOrigin origin, String description) {
        return new KeySource(key, origin, description, MappingListener.NONE, RecordCommit.NONE);
    }

    /** A fresh random key for this run only; nothing is recorded and nothing can be re-identified. */
    public static KeySource random() {
        return new KeySource(ProjectKey.random(), KeyOrigin.RANDOM, "random key for this run", MappingListener.NONE,
                RecordCommit.NONE);
    }

    /** A key the caller supplied (same key, same outputs), nothing recorded. */
    public static KeySource supplied(ProjectKey key, String description) {
        return new KeySource(key, KeyOrigin.SUPPLIED, description, MappingListener.NONE, RecordCommit.NONE);
    }

    /** The same key, recording every pseudonym through {@code mappings} and making it durable with {@code records}. */
    public KeySource recordingTo(MappingListener mappings, RecordCommit records) {
        return new KeySource(key, origin, description, mappings, records);
    }

    @Override
    public String toString() {
        return "KeySource[" + origin + ", " + description + "]";
    }
}
