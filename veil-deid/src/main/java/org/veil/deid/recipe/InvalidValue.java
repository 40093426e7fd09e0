package org.veil.deid.recipe;

/**
 * A value of a recipe that cannot be used, with the offset of the offending part inside the value's text (0 for the
 * whole value), so the problem can point at the right column. Internal to the parser: it becomes a
 * {@link RecipeProblem}.
 */
final class InvalidValue extends Exception {
    private static final long serialVersionUID = 1L;

    private final int offset;

    InvalidValue(String message) {
        this(message, 0);
    }

    InvalidValue(String message, int offset) {
        super(message, null, false, false);
        this.offset = offset;
    }

    int offset() {
        return offset;
    }

    /** The same problem, {@code more} characters further into an enclosing text. */
    InvalidValue shifted(int more) {
        return new InvalidValue(getMessage(), offset + more);
    }
}
