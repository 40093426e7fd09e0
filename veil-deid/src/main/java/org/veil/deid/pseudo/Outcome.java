package org.veil.deid.pseudo;

/**
 * The result of rewriting one attribute value: the new value, or the statement that the input was invalid with a
 * reason the caller can log (it never contains the value, so it carries no PHI) before removing the attribute.
 */
public sealed interface Outcome permits Outcome.Ok, Outcome.Invalid {

    /** The value to write (may equal the input, e.g. a registered UID or an unchanged age). */
    record Ok(String value) implements Outcome {
    }

    /** The input could not be interpreted; {@code reason} names what is wrong, never the value. */
    record Invalid(String reason) implements Outcome {
    }

    static Outcome ok(String value) {
        return new Ok(value);
    }

    static Outcome invalid(String reason) {
        return new Invalid(reason);
    }

    /** True for {@link Ok}. */
    default boolean isOk() {
        return this instanceof Ok;
    }

    /**
     * The value of an {@link Ok}.
     *
     * @throws IllegalStateException with the reason, for an {@link Invalid}
     */
    default String valueOrThrow() {
        if (this instanceof Ok ok) {
            return ok.value();
        }
        throw new IllegalStateException(((Invalid) this).reason());
    }
}
