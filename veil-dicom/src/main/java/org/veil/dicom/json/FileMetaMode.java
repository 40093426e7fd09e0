package org.veil.dicom.json;

/** Whether the file meta group (0002,xxxx) goes into the JSON object along with the data set. */
public enum FileMetaMode {
    /** The data set only, as PS3.18 Annex F describes. */
    OMIT,
    /** The file meta elements first, then the data set, in one object (not part of the standard model). */
    INCLUDE
}
