package org.veil.pipeline.folder;

/** Where a run's project key came from; decides whether an interrupted run can be resumed. */
public enum KeyOrigin {
    /**
     * A fresh random key for this run only (no keystore). Its pseudonyms cannot be reproduced, so an interrupted run
     * cannot be resumed: a second run would mix two keys in one delivery. The key is never stored.
     */
    RANDOM,
    /** A key the caller supplied (keystore, test key file): the same key reproduces every output byte for byte. */
    SUPPLIED
}
