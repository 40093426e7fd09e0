package org.veil.dicom.json;

import java.util.Objects;

/**
 * How {@link JsonModelWriter} writes.
 *
 * @param bulkData how binary values appear
 * @param fileMeta whether the file meta group is included
 */
public record JsonOptions(BulkDataMode bulkData, FileMetaMode fileMeta) {
    /** Inline binary, data set only: the standard model with every value present. */
    public static final JsonOptions DEFAULT = new JsonOptions(BulkDataMode.INLINE, FileMetaMode.OMIT);

    public JsonOptions {
        Objects.requireNonNull(bulkData, "bulkData");
        Objects.requireNonNull(fileMeta, "fileMeta");
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Assembles {@link JsonOptions}, starting from {@link #DEFAULT}. */
    public static final class Builder {
        private BulkDataMode bulkData = DEFAULT.bulkData;
        private FileMetaMode fileMeta = DEFAULT.fileMeta;

        public Builder bulkData(BulkDataMode v) {
            bulkData = v;
            return this;
        }

        public Builder fileMeta(FileMetaMode v) {
            fileMeta = v;
            return this;
        }

        public JsonOptions build() {
            return new JsonOptions(bulkData, fileMeta);
        }
    }
}
