package org.veil.net.pdu;

import java.io.IOException;

/**
 * A PDU that breaks PS3.8: the message says what and where (byte offset within the PDU), and {@link #abortReason()}
 * is the A-ABORT reason to send (PS3.8 Table 9-26: 1 unrecognized PDU, 2 unexpected PDU, 4 unrecognized parameter,
 * 5 unexpected parameter, 6 invalid parameter value).
 */
public class PduException extends IOException {
    private static final long serialVersionUID = 1L;

    public static final int UNRECOGNIZED_PDU = 1;
    public static final int UNEXPECTED_PDU = 2;
    public static final int UNRECOGNIZED_PARAMETER = 4;
    public static final int UNEXPECTED_PARAMETER = 5;
    public static final int INVALID_PARAMETER_VALUE = 6;

    private final int abortReason;

    public PduException(String message, int abortReason) {
        super(message);
        this.abortReason = abortReason;
    }

    public int abortReason() {
        return abortReason;
    }
}
