package org.veil.dicom.charset;

import java.util.Objects;
import org.veil.dicom.VR;

/**
 * The single-byte characters after which ISO 2022 code extension returns to the initial designations: G0 to the
 * G0 set of value 1 of Specific Character Set (ASCII when value 1 is empty) and G1 to the G1 set of value 1 (none
 * when value 1 is empty). PS3.5 Section 6.1.2.5.3 lists the end of a line or page (CR, LF, FF), any other control
 * character but ESC (e.g. TAB), the value delimiter 05/12 of multi-valued VRs and, for PN, the component delimiter
 * "^" and the component group delimiter "=".
 *
 * <p>A byte resets only where it stands for itself: a 05/12, "^" or "=" byte that is part of a double-byte
 * character (G0 designated to JIS X 0208 or JIS X 0212) is a character byte, not a delimiter.
 */
public enum Delimiters {
    /** Control characters other than ESC only: LT, ST, UT, UR, where 05/12 is text. */
    TEXT(0),
    /** Control characters and the value delimiter 05/12: SH, LO, UC and the default-repertoire string VRs. */
    VALUES(1),
    /** Control characters, 05/12, "^" and "=": PN. */
    PERSON_NAME(2);

    private final int level;

    Delimiters(int level) {
        this.level = level;
    }

    /** True when the byte (0-255) returns G0 and G1 to their initial designations. */
    public boolean resets(int b) {
        if (b < 0x20) {
            return b != GraphicSet.ESC;
        }
        return switch (b) {
            case '\\' -> level >= 1;
            case '^', '=' -> level >= 2;
            default -> false;
        };
    }

    /** The delimiters of a string VR; throws for a VR that is not a string. */
    public static Delimiters of(VR vr) {
        Objects.requireNonNull(vr, "vr");
        if (vr == VR.PN) {
            return PERSON_NAME;
        }
        return switch (vr.kind()) {
            case TEXT -> TEXT;
            case STRING, TEXT_MULTI -> VALUES;
            default -> throw new IllegalArgumentException("VR " + vr + " is not a string VR");
        };
    }
}
