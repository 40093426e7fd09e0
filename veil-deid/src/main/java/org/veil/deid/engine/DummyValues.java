package org.veil.deid.engine;

import org.veil.dicom.VR;

/**
 * The dummy values of action D (PS3.15 E.1.1: "a non-zero length value that may be a dummy value and consistent with
 * the VR"), chosen valid for the VR with VM 1. Documented in docs/deid-engine.md.
 */
final class DummyValues {
    static final String TEXT = "ANONYMIZED";

    private DummyValues() {
    }

    /** The dummy text for a string VR, or null for VRs without a text dummy (UI, binary, sequences). */
    static String text(VR vr) {
        switch (vr) {
            case DA:
                return "19000101";
            case DT:
                return "19000101000000";
            case TM:
                return "000000";
            case AS:
                return "000Y";
            case DS:
            case IS:
                return "0";
            case UR:
                return "urn:veil:anonymized";
            case AE:
            case CS:
            case LO:
            case LT:
            case PN:
            case SH:
            case ST:
            case UC:
            case UT:
                return TEXT;
            default:
                return null;
        }
    }

    /** A zero-filled binary dummy of one value (two bytes for byte streams). */
    static byte[] binary(VR vr) {
        int unit = vr.kind() == VR.Kind.BINARY ? vr.maxLength() : Math.max(2, vr.swapUnit());
        return new byte[unit];
    }
}
