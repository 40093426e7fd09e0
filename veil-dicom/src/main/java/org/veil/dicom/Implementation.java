package org.veil.dicom;

/** Veil's identity in the file meta of the files it writes (PS3.10 Section 7.1). */
public final class Implementation {
    /** Implementation Class UID (0002,0012): a UUID-derived UID (PS3.5 Annex B.2) fixed for Veil. */
    public static final String CLASS_UID = "2.25.136829470912727103261818169918954648267";
    /** Implementation Version Name (0002,0013), at most 16 characters. */
    public static final String VERSION_NAME = "VEIL_0.1";

    private Implementation() {
    }
}
