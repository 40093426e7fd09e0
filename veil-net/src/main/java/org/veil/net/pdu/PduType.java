package org.veil.net.pdu;

/** The seven PDU types of PS3.8 Table 9-11, by their type byte. */
public enum PduType {
    ASSOCIATE_RQ(0x01),
    ASSOCIATE_AC(0x02),
    ASSOCIATE_RJ(0x03),
    P_DATA_TF(0x04),
    RELEASE_RQ(0x05),
    RELEASE_RP(0x06),
    ABORT(0x07);

    private final int code;

    PduType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The type for a PDU type byte, or null for a byte no PDU has. */
    public static PduType of(int code) {
        for (PduType t : values()) {
            if (t.code == code) {
                return t;
            }
        }
        return null;
    }
}
