package org.veil.dicom.io;

import org.veil.dicom.VR;
import org.veil.dicom.data.BulkData;

/**
 * What the pull reader yields, in file order. Values are in little endian byte order whatever the transfer syntax
 * (the reader swaps binary VRs of big endian input); string values are raw bytes in the data set's character set.
 */
public sealed interface DicomEvent {

    /** Where the event was read. */
    Location location();

    /**
     * An element with a value. Exactly one of {@code value} and {@code bulk} is non-null.
     *
     * @param tag      the tag
     * @param vr       the VR as encoded (explicit) or resolved from the dictionary (implicit)
     * @param length   the value length as encoded (may be odd in broken files)
     * @param value    the value bytes (little endian for binary VRs), or null when left in the file
     * @param bulk     the reference to a value left in the file, or null
     * @param location where the element's header starts
     */
    record Element(int tag, VR vr, long length, byte[] value, BulkData bulk, Location location)
            implements DicomEvent {
    }

    /**
     * Start of a sequence.
     *
     * @param vr          SQ, or UN for a sequence encoded with VR UN and undefined length (its items are implicit VR
     *                    little endian, PS3.5 Section 6.2.2)
     * @param length      the encoded length, or -1 for undefined length
     */
    record SequenceStart(int tag, VR vr, long length, Location location) implements DicomEvent {
    }

    /**
     * Start of an item of the current sequence.
     *
     * @param index  position of the item in its sequence, from 0
     * @param length the encoded length, or -1 for undefined length
     */
    record ItemStart(int index, long length, Location location) implements DicomEvent {
    }

    /** End of the current item. */
    record ItemEnd(Location location) implements DicomEvent {
    }

    /** End of the current sequence. */
    record SequenceEnd(Location location) implements DicomEvent {
    }

    /** Start of encapsulated pixel data (undefined length, PS3.5 Section A.4). */
    record FragmentsStart(int tag, VR vr, Location location) implements DicomEvent {
    }

    /**
     * One item of encapsulated pixel data. Index 0 is the Basic Offset Table (possibly empty).
     * Exactly one of {@code value} and {@code bulk} is non-null.
     */
    record Fragment(int index, long length, byte[] value, BulkData bulk, Location location) implements DicomEvent {
    }

    /** Whether encapsulated pixel data ended with its sequence delimiter or was cut off at the end of the file. */
    enum Completeness {
        /** Ended by the sequence delimiter (FFFE,E0DD). */
        COMPLETE,
        /** Cut off at the end of the file; only the complete items were delivered (lenient reading). */
        TRUNCATED
    }

    /** End of encapsulated pixel data. */
    record FragmentsEnd(Location location, Completeness completeness) implements DicomEvent {
        /** The end of complete encapsulated pixel data, at its sequence delimiter. */
        public FragmentsEnd(Location location) {
            this(location, Completeness.COMPLETE);
        }
    }
}
