package org.veil.verify;

/**
 * One problem in a delivery. Never carries an identifying value: {@code detail} names the attribute and input the
 * value came from and the encoding it was found in.
 *
 * @param kind   what is wrong
 * @param output the output file or folder, relative to OUTPUT
 * @param where  where in it: a tag path with byte offset, {@code file name}, or empty
 * @param detail what was found, without values
 */
public record Finding(Kind kind, String output, String where, String detail) {

    /** The kinds of problem. */
    public enum Kind {
        /** An identifying value of an input is in an output file's bytes. */
        LEAK,
        /** An identifying value of an input is in an output file or folder name. */
        FILE_NAME_LEAK,
        /** An attribute the profile keeps differs or is missing. */
        KEPT_CHANGED,
        /** Pixel data of an image not cleaned differs. */
        PIXEL_DATA_CHANGED,
        /** A UID the profile replaces is unchanged. */
        UID_UNCHANGED,
        /** One original UID became several, or several became one. */
        UID_INCONSISTENT,
        /** A replaced UID is not a valid UID (PS3.5 9.1). */
        UID_INVALID,
        /** One original patient became several pseudonymous patients. */
        PATIENT_SPLIT,
        /**
         * A DICOMDIR record names a file that is not in the delivery, or differs from the file it names (its values
         * must be the file's: same pseudonyms, UIDs and dates).
         */
        DIRECTORY_MISMATCH,
        /** An output file with no input to check it against. */
        UNPAIRED_OUTPUT,
        /** A file that could not be read or paired. */
        UNREADABLE
    }
}
