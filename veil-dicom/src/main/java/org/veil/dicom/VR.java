package org.veil.dicom;

/**
 * Value Representations of PS3.5 Section 6.2, with the facts the codec needs: the explicit-VR header form,
 * the padding byte, the kind of value and the unit used for byte swapping.
 */
public enum VR {
    AE(Kind.STRING, false, ' ', 1, 16),
    AS(Kind.STRING, false, ' ', 1, 4),
    AT(Kind.BINARY, false, 0, 2, 4),
    CS(Kind.STRING, false, ' ', 1, 16),
    DA(Kind.STRING, false, ' ', 1, 8),
    DS(Kind.STRING, false, ' ', 1, 16),
    DT(Kind.STRING, false, ' ', 1, 26),
    FD(Kind.BINARY, false, 0, 8, 8),
    FL(Kind.BINARY, false, 0, 4, 4),
    IS(Kind.STRING, false, ' ', 1, 12),
    LO(Kind.TEXT_MULTI, false, ' ', 1, 64),
    LT(Kind.TEXT, false, ' ', 1, 10240),
    OB(Kind.BULK, true, 0, 1, 0),
    OD(Kind.BULK, true, 0, 8, 0),
    OF(Kind.BULK, true, 0, 4, 0),
    OL(Kind.BULK, true, 0, 4, 0),
    OV(Kind.BULK, true, 0, 8, 0),
    OW(Kind.BULK, true, 0, 2, 0),
    PN(Kind.TEXT_MULTI, false, ' ', 1, 64 * 3 + 2),
    SH(Kind.TEXT_MULTI, false, ' ', 1, 16),
    SL(Kind.BINARY, false, 0, 4, 4),
    SQ(Kind.SEQUENCE, true, 0, 1, 0),
    SS(Kind.BINARY, false, 0, 2, 2),
    ST(Kind.TEXT, false, ' ', 1, 1024),
    SV(Kind.BINARY, true, 0, 8, 8),
    TM(Kind.STRING, false, ' ', 1, 14),
    UC(Kind.TEXT_MULTI, true, ' ', 1, 0),
    UI(Kind.STRING, false, 0, 1, 64),
    UL(Kind.BINARY, false, 0, 4, 4),
    UN(Kind.BULK, true, 0, 1, 0),
    UR(Kind.TEXT, true, ' ', 1, 0),
    US(Kind.BINARY, false, 0, 2, 2),
    UT(Kind.TEXT, true, ' ', 1, 0),
    UV(Kind.BINARY, true, 0, 8, 8);

    /** What a value of this VR holds. */
    public enum Kind {
        /** ASCII (default repertoire) strings, backslash separated values. */
        STRING,
        /** Strings in the Specific Character Set, backslash separated values. */
        TEXT_MULTI,
        /** Strings in the Specific Character Set, a single value (backslash is text). */
        TEXT,
        /** Fixed size binary numbers, byte order of the transfer syntax. */
        BINARY,
        /** Byte or word streams (OB, OW, OF, ...), candidates for bulk data. */
        BULK,
        /** Sequence of items. */
        SEQUENCE
    }

    private static final VR[] BY_CODE = new VR[1 << 16];

    static {
        for (VR vr : values()) {
            BY_CODE[vr.code] = vr;
        }
    }

    private final Kind kind;
    private final boolean longHeader;
    private final byte padding;
    private final int unit;
    private final int maxLength;
    private final int code;

    VR(Kind kind, boolean longHeader, int padding, int unit, int maxLength) {
        this.kind = kind;
        this.longHeader = longHeader;
        this.padding = (byte) padding;
        this.unit = unit;
        this.maxLength = maxLength;
        this.code = name().charAt(0) << 8 | name().charAt(1);
    }

    public Kind kind() {
        return kind;
    }

    /** True when explicit VR encodes this VR with two reserved bytes and a 32-bit length (PS3.5 Table 7.1-1). */
    public boolean hasLongHeader() {
        return longHeader;
    }

    /** The byte that pads a value to even length: space for strings, NUL for UI and binary. */
    public byte paddingByte() {
        return padding;
    }

    /** Size in bytes of the unit that byte swapping works on (1 for bytes and text). */
    public int swapUnit() {
        return unit;
    }

    /**
     * The maximum length of one value in characters (strings) or bytes (numbers), 0 when unbounded.
     * For fixed size binary VRs this is the size of one value.
     */
    public int maxLength() {
        return maxLength;
    }

    /** The two ASCII letters as a 16-bit number, first letter in the high byte. */
    public int code() {
        return code;
    }

    public boolean isString() {
        return kind == Kind.STRING || kind == Kind.TEXT_MULTI || kind == Kind.TEXT;
    }

    /** True for strings whose bytes are in the Specific Character Set rather than the default repertoire. */
    public boolean usesCharacterSet() {
        return kind == Kind.TEXT_MULTI || kind == Kind.TEXT;
    }

    /** True for strings with backslash-separated multiple values. */
    public boolean isMultiValuedString() {
        return kind == Kind.STRING || kind == Kind.TEXT_MULTI;
    }

    /** The VR for two ASCII letters (first in the high byte), or null when they name no VR. */
    public static VR ofCode(int code) {
        return (code & 0xFFFF) == code ? BY_CODE[code] : null;
    }

    /** The VR of a two-letter name; throws for an unknown name. */
    public static VR of(String name) {
        VR vr = name.length() == 2 ? ofCode(name.charAt(0) << 8 | name.charAt(1)) : null;
        if (vr == null) {
            throw new IllegalArgumentException("unknown VR '" + name + "'");
        }
        return vr;
    }
}
