package org.veil.dicom.io;

import org.veil.dicom.TransferSyntax;

/**
 * How {@link DicomWriter} encodes a data set. Immutable; build with {@link #builder()}.
 *
 * @param transferSyntax the transfer syntax to write, or null to keep the one the data set was read in
 * @param sequences      how sequence and item lengths are encoded
 * @param meta           whether the file meta is rebuilt (Veil's implementation, SOP class/instance from the data
 *                       set) or written as given
 * @param preamble       whether the input's preamble is kept or zeroed
 */
public record WriteOptions(TransferSyntax transferSyntax, SequenceEncoding sequences, MetaPolicy meta,
                           PreamblePolicy preamble) {

    /** Same transfer syntax, lengths as read, meta rebuilt, preamble zeroed. */
    public static final WriteOptions DEFAULT = builder().build();

    /** Everything as read: the round trip of an unchanged file is byte-identical when its encoding was canonical. */
    public static final WriteOptions AS_READ = builder().meta(MetaPolicy.KEEP).preamble(PreamblePolicy.KEEP).build();

    /** Sequence and item length encoding. */
    public enum SequenceEncoding {
        /** As each sequence and item was read; new ones with undefined length. */
        AS_READ,
        /** Undefined length everywhere (no length computation). */
        UNDEFINED,
        /** Defined (explicit) lengths everywhere, except sequences of VR UN, which the standard requires undefined. */
        DEFINED
    }

    /** File meta handling. */
    public enum MetaPolicy {
        /**
         * Rebuild: group length, version, SOP class/instance from the data set, transfer syntax, Veil's implementation
         * class UID and version name; other meta elements given are kept.
         */
        REBUILD,
        /** Write the meta as given, correcting only the group length and the transfer syntax. */
        KEEP
    }

    /** Preamble handling. */
    public enum PreamblePolicy {
        /** 128 zero bytes (a preamble can carry anything, e.g. a TIFF header with identifying text). */
        ZERO,
        /** The input's preamble when it had one, else zeros. */
        KEEP
    }

    public WriteOptions {
        if (sequences == null || meta == null || preamble == null) {
            throw new IllegalArgumentException("WriteOptions: null policy");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these options. */
    public Builder toBuilder() {
        return new Builder().transferSyntax(transferSyntax).sequences(sequences).meta(meta).preamble(preamble);
    }

    /** Assembles {@link WriteOptions}. */
    public static final class Builder {
        private TransferSyntax transferSyntax;
        private SequenceEncoding sequences = SequenceEncoding.AS_READ;
        private MetaPolicy meta = MetaPolicy.REBUILD;
        private PreamblePolicy preamble = PreamblePolicy.ZERO;

        public Builder transferSyntax(TransferSyntax v) {
            transferSyntax = v;
            return this;
        }

        public Builder sequences(SequenceEncoding v) {
            sequences = v;
            return this;
        }

        public Builder meta(MetaPolicy v) {
            meta = v;
            return this;
        }

        public Builder preamble(PreamblePolicy v) {
            preamble = v;
            return this;
        }

        public WriteOptions build() {
            return new WriteOptions(transferSyntax, sequences, meta, preamble);
        }
    }
}
