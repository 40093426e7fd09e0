package org.veil.testkit;

import java.nio.file.Path;
import java.util.Locale;

/**
 * One row of the corpus MANIFEST.tsv.
 *
 * @param name           path relative to the corpus folder, e.g. {@code pydicom/test_files/CT_small.dcm}
 * @param path           absolute path of the file
 * @param transferSyntax the manifest's transfer syntax column, e.g. {@code 1.2.840.10008.1.2.1 (Explicit VR Little
 *                       Endian)} or {@code none (read as implicit VR LE)}
 * @param sopClass       the manifest's SOP class / modality column
 * @param size           size in bytes
 * @param notes          the notes column
 */
public record CorpusFile(String name, Path path, String transferSyntax, String sopClass, long size, String notes) {

    /** True when the notes start with {@code malformed}. */
    public boolean malformed() {
        return notes.toLowerCase(Locale.ROOT).startsWith("malformed");
    }

    /** True when the notes mention the text (case-insensitive). */
    public boolean noted(String text) {
        return notes.toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT));
    }

    /** The transfer syntax UID, or null when the manifest says {@code none}. */
    public String transferSyntaxUid() {
        String first = transferSyntax.split(" ", 2)[0];
        return first.equals("none") ? null : first;
    }

    @Override
    public String toString() {
        return name;
    }
}
