package org.veil.net.pdu;

/**
 * An A-ASSOCIATE-RJ (PS3.8 9.3.4).
 *
 * @param result 1 rejected-permanent, 2 rejected-transient
 * @param source 1 service user, 2 service provider (ACSE), 3 service provider (presentation)
 * @param reason for source 1: 1 no reason, 2 application context not supported, 3 calling AE title not recognized,
 *               7 called AE title not recognized; for source 2: 1 no reason, 2 protocol version not supported; for
 *               source 3: 1 temporary congestion, 2 local limit exceeded
 */
public record AssociateReject(int result, int source, int reason) {
    public static final int PERMANENT = 1;
    public static final int TRANSIENT = 2;
    public static final int SERVICE_USER = 1;
    public static final int SERVICE_PROVIDER_ACSE = 2;
    public static final int SERVICE_PROVIDER_PRESENTATION = 3;
    public static final int APPLICATION_CONTEXT_NOT_SUPPORTED = 2;
    public static final int CALLING_AE_NOT_RECOGNIZED = 3;
    public static final int CALLED_AE_NOT_RECOGNIZED = 7;
    public static final int PROTOCOL_VERSION_NOT_SUPPORTED = 2;
    public static final int LOCAL_LIMIT_EXCEEDED = 2;

    /** A sentence for logs and errors. */
    public String describe() {
        String why = switch (source * 10 + reason) {
            case 12 -> "application context not supported";
            case 13 -> "calling AE title not recognized";
            case 17 -> "called AE title not recognized";
            case 22 -> "protocol version not supported";
            case 31 -> "temporary congestion";
            case 32 -> "local limit exceeded";
            default -> "no reason given";
        };
        return "association rejected (" + (result == PERMANENT ? "permanent" : "transient") + "): " + why;
    }
}
