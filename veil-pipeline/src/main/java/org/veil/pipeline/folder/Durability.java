package org.veil.pipeline.folder;

/**
 * When outputs are forced to the storage device.
 *
 * <p>Resume after a killed process ({@code kill -9}, an out-of-memory kill, Ctrl-C) needs no fsync: data a process
 * has written lives in the operating system's page cache and reaches the disk after the process dies, so every
 * renamed output is complete and the journal never claims more than was renamed. Only a power failure or an operating
 * system crash can lose written data; {@link #DURABLE} covers that case at the price of one fsync per output and per
 * output folder.
 */
public enum Durability {
    /** No fsync (the default): safe against the process being killed, not against power loss. */
    PROCESS_CRASH,
    /**
     * fsync each output (and quarantine copy) before its rename, then its folder after the rename; the journal and the
     * change report are forced at most once a second and at the end, always after the outputs they record. Safe
     * against power loss: a journaled file is on disk; an un-journaled one is simply redone.
     */
    POWER_LOSS
}
