package org.veil.cli;

/**
 * A command line that cannot run as given, found after parsing (a missing required option that several commands share,
 * for instance). {@link Veil} reports it like a parse error: one line naming the problem, a pointer to the command's
 * help, and exit code {@link Veil#USAGE}.
 */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
