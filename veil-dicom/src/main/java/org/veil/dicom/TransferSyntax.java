package org.veil.dicom;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How a data set is encoded: VR explicit or implicit, byte order, deflate, and whether Pixel Data is
 * encapsulated (PS3.5 Section 10). Unknown UIDs are taken as explicit VR little endian with encapsulated
 * pixel data, which is what every transfer syntax registered after the first four uses.
 */
public final class TransferSyntax {
    public static final TransferSyntax IMPLICIT_VR_LITTLE_ENDIAN =
            new TransferSyntax("1.2.840.10008.1.2", false, false, false, false, false);
    public static final TransferSyntax EXPLICIT_VR_LITTLE_ENDIAN =
            new TransferSyntax("1.2.840.10008.1.2.1", true, false, false, false, false);
    public static final TransferSyntax DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN =
            new TransferSyntax("1.2.840.10008.1.2.1.99", true, false, true, false, false);
    public static final TransferSyntax EXPLICIT_VR_BIG_ENDIAN =
            new TransferSyntax("1.2.840.10008.1.2.2", true, true, false, false, false);
    /** Encapsulated Uncompressed Explicit VR Little Endian (PS3.5 A.4.11). */
    public static final TransferSyntax ENCAPSULATED_UNCOMPRESSED =
            new TransferSyntax("1.2.840.10008.1.2.1.98", true, false, false, true, false);
    public static final TransferSyntax JPEG_BASELINE = encapsulated("1.2.840.10008.1.2.4.50", true);
    public static final TransferSyntax JPEG_EXTENDED = encapsulated("1.2.840.10008.1.2.4.51", true);
    public static final TransferSyntax JPEG_LOSSLESS = encapsulated("1.2.840.10008.1.2.4.57", false);
    public static final TransferSyntax JPEG_LOSSLESS_SV1 = encapsulated("1.2.840.10008.1.2.4.70", false);
    public static final TransferSyntax JPEG_LS_LOSSLESS = encapsulated("1.2.840.10008.1.2.4.80", false);
    public static final TransferSyntax JPEG_LS_NEAR_LOSSLESS = encapsulated("1.2.840.10008.1.2.4.81", true);
    public static final TransferSyntax JPEG_2000_LOSSLESS = encapsulated("1.2.840.10008.1.2.4.90", false);
    public static final TransferSyntax JPEG_2000 = encapsulated("1.2.840.10008.1.2.4.91", true);
    public static final TransferSyntax RLE_LOSSLESS = encapsulated("1.2.840.10008.1.2.5", false);
    public static final TransferSyntax HTJ2K_LOSSLESS = encapsulated("1.2.840.10008.1.2.4.201", false);
    public static final TransferSyntax HTJ2K_LOSSLESS_RPCL = encapsulated("1.2.840.10008.1.2.4.202", false);
    public static final TransferSyntax HTJ2K = encapsulated("1.2.840.10008.1.2.4.203", true);
    public static final TransferSyntax DEFLATED_IMAGE_FRAME = encapsulated("1.2.840.10008.1.2.8.1", false);

    private static final Map<String, TransferSyntax> KNOWN = new ConcurrentHashMap<>();

    static {
        for (TransferSyntax ts : new TransferSyntax[] {IMPLICIT_VR_LITTLE_ENDIAN, EXPLICIT_VR_LITTLE_ENDIAN,
                DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN, EXPLICIT_VR_BIG_ENDIAN, ENCAPSULATED_UNCOMPRESSED, JPEG_BASELINE,
                JPEG_EXTENDED, JPEG_LOSSLESS, JPEG_LOSSLESS_SV1, JPEG_LS_LOSSLESS, JPEG_LS_NEAR_LOSSLESS,
                JPEG_2000_LOSSLESS, JPEG_2000, RLE_LOSSLESS, HTJ2K_LOSSLESS, HTJ2K_LOSSLESS_RPCL, HTJ2K,
                DEFLATED_IMAGE_FRAME}) {
            KNOWN.put(ts.uid, ts);
        }
    }

    private final String uid;
    private final boolean explicitVr;
    private final boolean bigEndian;
    private final boolean deflated;
    private final boolean encapsulated;
    private final boolean lossy;

    private TransferSyntax(String uid, boolean explicitVr, boolean bigEndian, boolean deflated,
                           boolean encapsulated, boolean lossy) {
        this.uid = uid;
        this.explicitVr = explicitVr;
        this.bigEndian = bigEndian;
        this.deflated = deflated;
        this.encapsulated = encapsulated;
        this.lossy = lossy;
    }

    private static TransferSyntax encapsulated(String uid, boolean lossy) {
        return new TransferSyntax(uid, true, false, false, true, lossy);
    }

    /**
     * The transfer syntax for a UID. Unregistered or unknown UIDs yield an explicit VR little endian,
     * encapsulated syntax (conservatively marked lossy), so that any compressed image can be passed through.
     */
    public static TransferSyntax of(String uid) {
        String key = uid.trim();
        TransferSyntax ts = KNOWN.get(key);
        return ts != null ? ts : new TransferSyntax(key, true, false, false, true, true);
    }

    /** Every transfer syntax the codec knows by name, in a fixed order (native first). */
    public static java.util.List<TransferSyntax> known() {
        return java.util.List.of(EXPLICIT_VR_LITTLE_ENDIAN, IMPLICIT_VR_LITTLE_ENDIAN,
                DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN, EXPLICIT_VR_BIG_ENDIAN, ENCAPSULATED_UNCOMPRESSED, JPEG_BASELINE,
                JPEG_EXTENDED, JPEG_LOSSLESS, JPEG_LOSSLESS_SV1, JPEG_LS_LOSSLESS, JPEG_LS_NEAR_LOSSLESS,
                JPEG_2000_LOSSLESS, JPEG_2000, RLE_LOSSLESS, HTJ2K_LOSSLESS, HTJ2K_LOSSLESS_RPCL, HTJ2K,
                DEFLATED_IMAGE_FRAME);
    }

    /** True when this UID is one of the transfer syntaxes the codec knows by name. */
    public static boolean isKnown(String uid) {
        return KNOWN.containsKey(uid.trim());
    }

    public String uid() {
        return uid;
    }

    public boolean explicitVr() {
        return explicitVr;
    }

    public boolean bigEndian() {
        return bigEndian;
    }

    /** True when the data set after the file meta is a deflate (RFC 1951) stream. */
    public boolean deflated() {
        return deflated;
    }

    /** True when Pixel Data is encapsulated in fragments. */
    public boolean encapsulated() {
        return encapsulated;
    }

    /** True when the compression may lose information. */
    public boolean lossy() {
        return lossy;
    }

    /** True for the native (uncompressed) syntaxes a writer can produce from any data set. */
    public boolean isNative() {
        return !encapsulated;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TransferSyntax t && t.uid.equals(uid);
    }

    @Override
    public int hashCode() {
        return uid.hashCode();
    }

    @Override
    public String toString() {
        return uid;
    }
}
