package org.veil.pipeline.folder;

/** Receives what {@link InputWalker} finds. Called from the walking thread only. */
interface InputVisitor {

    /**
     * A regular file (or a link to one).
     *
     * @param relative its path relative to the input folder, {@code /} separated (may hold PHI)
     */
    void file(java.nio.file.Path file, String relative, long size) throws InterruptedException;

    /** Something not to process, on purpose: a symbolic link loop, a device, a pipe, the output folder itself. */
    void skipped(String relative, String reason);

    /** A folder that cannot be listed, or another walking error: its files cannot be processed. */
    void unreadable(String relative, String detail);
}
