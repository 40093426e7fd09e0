package org.veil.net.dimse;

/** DIMSE status codes used by Veil (PS3.7 Annex C, PS3.4 B.2.3, C.4). */
public final class Status {
    public static final int SUCCESS = 0x0000;
    public static final int PENDING = 0xFF00;
    public static final int PENDING_WARNING = 0xFF01;
    public static final int CANCEL = 0xFE00;
    /** Refused: out of resources (C-STORE A700). */
    public static final int OUT_OF_RESOURCES = 0xA700;
    /** Error: data set does not match SOP class (C-STORE A900). */
    public static final int DATA_SET_DOES_NOT_MATCH = 0xA900;
    /** Error: cannot understand (C-STORE C000). */
    public static final int CANNOT_UNDERSTAND = 0xC000;
    /** SOP class not supported (0122H). */
    public static final int SOP_CLASS_NOT_SUPPORTED = 0x0122;
    /** Unrecognized operation (0211H). */
    public static final int UNRECOGNIZED_OPERATION = 0x0211;
    /** C-MOVE warning: sub-operations complete, one or more failures (B000). */
    public static final int SUB_OPERATIONS_WITH_FAILURES = 0xB000;

    private Status() {
    }

    public static boolean isPending(int status) {
        return status == PENDING || status == PENDING_WARNING;
    }

    public static boolean isFailure(int status) {
        return status != SUCCESS && !isPending(status) && (status & 0xF000) != 0xB000 && status != CANCEL;
    }
}
