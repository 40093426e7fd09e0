package org.veil.profile;

import java.util.Set;

/**
 * SR concept names (DICOM "DCM" codes, PS3.16) whose TEXT content items name the observer or the subject rather than
 * describe a finding: the value of such an item is an identifier as a whole, so Clean Structured Content replaces it
 * instead of scrubbing it. Hand-written from the observer context (TID 1002-1004) and subject context (TID 1006-1010)
 * templates. Person names in these templates are PNAME items, already covered by Person Name (0040,A123).
 */
public final class IdentifyingConcepts {

    /** "DCM:" followed by the code value. */
    private static final Set<String> CODES = Set.of(
            "DCM:121009",   // Person Observer's Organization Name
            "DCM:128774",   // Person Observer's Login Name
            "DCM:128775",   // Identifier within Person Observer's Role
            "DCM:121013",   // Device Observer Name
            "DCM:121016",   // Device Observer Serial Number
            "DCM:121017",   // Device Observer Physical Location During Observation
            "DCM:110119",   // Station AE Title
            "DCM:121030",   // Subject ID
            "DCM:121193",   // Device Subject Name
            "DCM:121197",   // Device Subject Physical Location During Observation
            "DCM:121041",   // Specimen Identifier
            "DCM:111700");  // Specimen Container Identifier

    private IdentifyingConcepts() {
    }

    /**
     * @param concept "scheme:value" of a content item's concept name ("DCM:121013"), or null
     * @return true when a TEXT item with this concept name is an identifier
     */
    public static boolean identifying(String concept) {
        return concept != null && CODES.contains(concept);
    }
}
