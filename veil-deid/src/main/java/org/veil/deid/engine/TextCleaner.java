package org.veil.deid.engine;

import org.veil.dicom.data.Dataset;

/**
 * Cleans free text (Clean Descriptors and the text of Clean Structured Content and Clean Graphics). Supplied by the
 * text module; the engine works without one by falling back to the Basic Profile action for C.
 */
public interface TextCleaner {
    /**
     * The cleaner for one instance, told its identifiers before the engine changes anything.
     *
     * @param original        the instance's data set, unchanged
     * @param dateShiftDays   the patient's date offset, or null when dates are not shifted (dates in text are removed)
     * @param patientPseudonym the pseudonymous patient ID, to replace the patient's own name or ID if so configured
     */
    InstanceTextCleaner forInstance(Dataset original, Integer dateShiftDays, String patientPseudonym);

    /** Cleans the text values of one instance. */
    interface InstanceTextCleaner {
        /** The cleaned text (no identifier of the instance left), fitting the VR's length limit. */
        String clean(String text, org.veil.dicom.VR vr);
    }
}
